-- allocate a lot, let the collector run over the image's allocator
local t = {}
for i = 1, 200000 do t[i % 1000 + 1] = { i, tostring(i), { i } } end
collectgarbage("collect")
local before = collectgarbage("count")
do
  local big = {}
  for i = 1, 100000 do big[i] = string.rep("x", i % 50) end
end
collectgarbage("collect")
local after = collectgarbage("count")
print("gc reclaimed", after < before + 1000)
local weak = setmetatable({}, { __mode = "k" })
weak[{}] = 1
collectgarbage()
print("weak table emptied", next(weak) == nil)
local closed = 0
do local x <close> = setmetatable({}, { __close = function() closed = closed + 1 end }) end
print("to-be-closed ran", closed)
local s = {}
for i = 1, 20000 do s[#s + 1] = i end
print("concat length", #table.concat(s, ","))
