/** The files that run only in scratch copies of the repository (see lanes.mjs). */
export declare const SCRATCH_LANE: string[];
/** The include and exclude globs of a lane of the end-to-end suite ('scratch', 'workspace', else all). */
export declare function laneFiles(lane: string | undefined): { include: string[]; exclude: string[] };
