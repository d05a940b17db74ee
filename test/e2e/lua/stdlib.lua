-- table, select, string.rep/byte/char, os.date/time/difftime, errors, metamethods, __close/__gc, goto, loops
local function p(...) print(select("#", ...), ...) end
-- table.sort
local t = {5, 3, 8, 1, 9, 2, 7, 4, 6, 0}
table.sort(t) print(table.concat(t, " "))
table.sort(t, function(a, b) return a > b end) print(table.concat(t, " "))
local words = {"pear", "Apple", "fig", "banana", "apple", "Fig", "cherry", ""}
table.sort(words) print(table.concat(words, ","))
table.sort(words, function(a, b) return a:lower() < b:lower() or (a:lower() == b:lower() and a < b) end) print(table.concat(words, ","))
local recs = {} for i = 1, 50 do recs[i] = {k = (i * 37) % 11, i = i} end
table.sort(recs, function(a, b) if a.k ~= b.k then return a.k < b.k end return a.i < b.i end)
for i = 1, 50, 7 do io.write(recs[i].k, ":", recs[i].i, " ") end print()
local big = {} for i = 1, 1000 do big[i] = (i * 7919) % 1009 end
table.sort(big) local sorted = true for i = 2, #big do if big[i - 1] > big[i] then sorted = false end end print(sorted, big[1], big[1000])
print(pcall(table.sort, {3, 1, "x"}))
print(pcall(table.sort, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}, function(a, b) return true end))
print(pcall(table.sort, {1, 2, 3}, 3))
print(pcall(table.sort, {{}, {}}))
local one = {1} table.sort(one) local empty = {} table.sort(empty) print(#one, #empty)
-- table.move, concat, unpack, insert, remove
local a = {1, 2, 3, 4, 5}
print(table.concat(table.move(a, 2, 4, 1), ","), table.concat(table.move({1, 2, 3, 4, 5}, 1, 3, 3), ","))
print(table.concat(table.move({1, 2, 3}, 1, 3, 1, {}), ","), table.concat(table.move({1, 2, 3}, 1, 0, 5), ","), #table.move({}, 1, 0, 1))
print(table.concat(table.move({1, 2, 3}, 1, 3, 2, {9, 9, 9, 9}), ","))
print(pcall(table.move, {}, 1, math.maxinteger, 2))
print(pcall(table.move, {}, -1, math.maxinteger, 2))
print(type(select(2, pcall(table.move, {1}, 1, 1, math.maxinteger))))
print(table.concat({}), table.concat({1, 2.5, "x"}, "-"), table.concat({1, 2, 3}, ", ", 2), table.concat({1, 2, 3}, ", ", 2, 1), table.concat({"a", "b"}, "", 1, 2))
print(pcall(table.concat, {1, {}, 3}))
print(pcall(table.concat, {1, 2}, ",", 1, 3))
p(table.unpack({1, 2, 3}))
p(table.unpack({1, 2, 3}, 2))
p(table.unpack({1, 2, 3}, 2, 5))
p(table.unpack({}, 1, 0))
p(table.unpack({1, nil, 3}, 1, 3))
p(table.unpack({1, 2}, -1, 1))
print(pcall(table.unpack, {}, 1, 1e7))
print(pcall(table.unpack, {}, math.mininteger, math.maxinteger))
p(table.unpack({}, math.maxinteger, math.maxinteger))
local ins = {} table.insert(ins, "a") table.insert(ins, 1, "b") table.insert(ins, 3, "c") table.insert(ins, 2, "d")
print(table.concat(ins, ","), #ins)
print(pcall(table.insert, ins, 6, "x"))
print(pcall(table.insert, ins, 0, "x"))
print(pcall(table.insert, ins))
print(pcall(table.insert, ins, 1, 2, 3))
print(table.remove(ins), table.concat(ins, ","), table.remove(ins, 1), table.concat(ins, ","), table.remove({}), table.remove({}, 0))
print(pcall(table.remove, {1, 2}, 5))
print(table.remove({1, 2}, 3), #{}, table.remove({[0] = "z"}, 0))
print(table.pack(1, nil, 3).n, table.pack().n, select("#", table.unpack(table.pack(nil, nil), 1, 2)))
-- select
p(select("#"))
p(select("#", nil, nil))
p(select(2, "a", "b", "c"))
p(select(-1, "a", "b", "c"))
p(select(-3, "a", "b", "c"))
p(select(4, "a", "b", "c"))
print(pcall(select, 0, 1))
print(pcall(select, -4, 1, 2, 3))
print(pcall(select, "x"))
-- string.rep, byte, char, sub, len
print(("ab"):rep(3), ("ab"):rep(3, ", "), ("x"):rep(0, "y"), ("x"):rep(-5), (""):rep(100), ("a"):rep(1, "sep"), #("abc"):rep(1000, "--"))
print(pcall(string.rep, "x", 1 << 40))
p(("hello"):byte())
p(("hello"):byte(2, 4))
p(("hello"):byte(-2, -1))
p(("hello"):byte(10))
p(("hello"):byte(0))
p(("hello"):byte(3, 2))
p(("hello"):byte(-100, 100))
p(("\0\255"):byte(1, 2))
print(string.char(), string.char(0, 255):byte(1, 2), string.char(104, 105))
print(pcall(string.char, 256))
print(pcall(string.char, -1))
print(pcall(string.char, "x"))
print(("hello"):sub(2), ("hello"):sub(-3), ("hello"):sub(2, -2), ("hello"):sub(0), ("hello"):sub(10), ("hello"):sub(3, 2),
      ("hello"):sub(-100, 2), ("hello"):sub(math.mininteger, math.maxinteger), ("hello"):sub(5, 5))
print(("hello"):len(), #"", ("a\0b"):len(), ("Hello"):upper(), ("Hello"):lower(), ("abc"):reverse(), (""):reverse())
-- os.date with fixed times in UTC ("!")
local times = {0, 86399, 951782400, 1234567890, 1700000000, 2147483647, 4102444800, -86400, 946684799, 1078012800}
for _, tm in ipairs(times) do
  print(tm, os.date("!%c", tm), os.date("!%x %X", tm), os.date("!%Y-%m-%d %H:%M:%S", tm), os.date("!%j %a %A %b %B %p", tm))
  print("", os.date("!%y %e %I %M %w %u %U %W %V %G %g %D %T %R %F %h %n%t%% %C", tm))
  local d = os.date("!*t", tm)
  print("", d.year, d.month, d.day, d.hour, d.min, d.sec, d.wday, d.yday, d.isdst)
  assert(os.time(os.date("*t", tm)) == tm)
end
print(os.date("!%H:%M", 3600 * 13 + 60 * 5), os.date("!", 0) == "", os.date("!%%", 0), os.date("!%Y", 253402300799))
print(pcall(os.date, "!%Ez", 0))
print(pcall(os.date, "!%Q", 0))
print(pcall(os.date, "!%", 0))
print(pcall(os.date, "!%E", 0))
print(pcall(os.date, "!%Ec", 0))
print(pcall(os.date, "!%Oy", 0))
print(pcall(os.date, "*t", 1.5))
print(pcall(os.date, "*t", "x"))
print(#os.date("!" .. ("%Y"):rep(100), 0))
-- os.time of a table (local time; round trips through os.date are zone-free)
local function fields(t) return string.format("%d-%02d-%02d %02d:%02d:%02d w%d y%d", t.year, t.month, t.day, t.hour, t.min, t.sec, t.wday, t.yday) end
local base = os.time({year = 2000, month = 1, day = 1, hour = 12})
print(os.time({year = 2000, month = 1, day = 2, hour = 12}) - base, os.time({year = 2000, month = 1, day = 1, hour = 12, min = 1}) - base)
print(fields(os.date("*t", os.time({year = 2000, month = 1, day = 1, hour = 12}))))
print(fields(os.date("*t", os.time({year = 2001, month = 14, day = 35, hour = 12}))))
print(fields(os.date("*t", os.time({year = 2000, month = 3, day = 0, hour = 12}))))
print(fields(os.date("*t", os.time({year = 2000, month = 1, day = 1, hour = 12, min = -61, sec = 3661}))))
print(fields(os.date("*t", os.time({year = 1999, month = 12, day = 31 + 366, hour = 12}))))
local tt = {year = 2020, month = 2, day = 30, hour = 12} os.time(tt) print(fields(tt), tt.isdst)
local dst = {year = 2000, month = 1, day = 1, hour = 12, isdst = true}
print(os.time({year = 2000, month = 1, day = 1, hour = 12, isdst = false}) - os.time(dst), fields(dst), dst.isdst)
print(os.date("!%Z %z", 0), os.date("!%Z", 1700000000))
print(pcall(os.time, {year = 2000}))
print(pcall(os.time, {year = 2000, month = "x", day = 1}))
print(pcall(os.time, {year = 2000, month = 1.5, day = 1}))
print(pcall(os.time, {year = 1 << 40, month = 1, day = 1}))
print(pcall(os.time, {year = 2000, month = 1 << 40, day = 1}))
print(os.difftime(10, 5), os.difftime(0, 86400), pcall(os.difftime, 5), math.type(os.difftime(1, 0)), os.difftime(base + 60, base))
print(math.type(os.time()), math.type(os.clock()), type(os.getenv("UKRAFT_NOT_SET_ANYWHERE")))
-- errors and levels
local function lvl(n) error("boom", n) end
print(pcall(lvl, 1))
print(pcall(lvl, 2))
print(pcall(lvl, 0))
print(pcall(error))
print(pcall(error, nil))
print(type(select(2, pcall(error, {code = 1}))))
print(select(2, pcall(error, setmetatable({}, {__tostring = function() return "custom" end}))) ~= nil)
print(pcall(error, 42))
print(pcall(error, "msg", 3))
print(xpcall(function() error("x") end, function(m) return "handled: " .. m end))
print(xpcall(function() return 1, 2, 3 end, print))
print(xpcall(function(a, b) return a + b end, function(m) return m end, 3, 4))
print(xpcall(function() error({}) end, function(m) return type(m) end))
print(xpcall(function() local x = nil; return x.y end, function(m) return "H:" .. m end))
print(xpcall(function() error("in") end, function(m) error("again") end))
print(pcall(pcall))
print(pcall(xpcall))
print(pcall(xpcall, print))
print(select("#", pcall(error)))
local ok, e = pcall(function() local t = setmetatable({}, {__index = function(_, k) error("no field " .. k, 2) end}) return t.foo end)
print(ok, e)
print(pcall(function() return #5 end))
print(pcall(function() local a = "x" .. {} end))
print(pcall(function() return nil .. "x" end))
print(pcall(function() undefinedfunction() end))
print(pcall(function() local t = {} t.x.y = 1 end))
print(pcall(function() return ({}) < ({}) end))
print(pcall(function() return 1 < {} end))
print(pcall(function() return "a" < 1 end))
print(pcall(string.sub))
print(pcall(string.sub, "x", {}))
print(pcall(("x").rep))
print(pcall(setmetatable, 1, {}))
print(pcall(setmetatable, {}, 1))
print(pcall(setmetatable, setmetatable({}, {__metatable = "locked"}), {}))
print(getmetatable(setmetatable({}, {__metatable = "locked"})), getmetatable("x").__index == string)
print(pcall(rawset, {}, nil, 1))
print(pcall(rawset, {}, 0/0, 1))
print(pcall(function() local t = {} t[nil] = 1 end))
print(pcall(function() local t = {} t[0/0] = 1 end))
print(pcall(next, {}, "nope"))
-- metamethods
local log = {}
local mt = {}
mt.__index = function(t, k) log[#log + 1] = "index " .. tostring(k) return k .. "!" end
mt.__newindex = function(t, k, v) log[#log + 1] = "newindex " .. tostring(k) rawset(t, k, v * 2) end
mt.__call = function(self, a, b) return "called", a, b end
mt.__concat = function(a, b) return "cat(" .. tostring(type(a) == "table" and "T" or a) .. "," .. tostring(type(b) == "table" and "T" or b) .. ")" end
mt.__eq = function(a, b) log[#log + 1] = "eq" return true end
mt.__lt = function(a, b) log[#log + 1] = "lt" return false end
mt.__le = function(a, b) log[#log + 1] = "le" return true end
mt.__len = function() return 42 end
mt.__unm = function() return "neg" end
mt.__add = function(a, b) return "add" end
mt.__idiv = function() return "idiv" end
mt.__band = function() return "band" end
mt.__shl = function() return "shl" end
mt.__bnot = function() return "bnot" end
mt.__tostring = function() return "OBJ" end
mt.__name = "Thing"
local o1, o2 = setmetatable({}, mt), setmetatable({}, mt)
print(o1.foo, o1[1], rawget(o1, "foo"))
o1.x = 21 print(rawget(o1, "x"), o1.x)
print(o1(1, 2))
print(o1 .. "s", "s" .. o1, 1 .. o1, o1 .. o2, "a" .. "b" .. o1)
print(o1 == o2, o1 ~= o2, o1 == o1, o1 < o2, o1 <= o2, o1 > o2, o1 >= o2, #o1, -o1, o1 + 1, 1 + o1, o1 // 2, o1 & 1, o1 << 1, ~o1)
print(tostring(o1), table.concat(log, ","))
print(rawequal(o1, o2), rawlen({1, 2}), rawlen("abc"), pcall(rawlen, 5))
local chain = setmetatable({}, {__index = setmetatable({a = 1}, {__index = {b = 2}})})
print(chain.a, chain.b, chain.c)
local proxy = setmetatable({}, {__newindex = chain}) proxy.z = 9 print(rawget(proxy, "z"), chain.z)
print(pcall(function() return o1 % 2 end))
print(pcall(function() local x = setmetatable({}, {__index = function() error("deep") end}) return x.y end))
local cnt = 0
local loopy = setmetatable({}, {__index = function(t, k) cnt = cnt + 1 if cnt < 5 then return t[k] end return cnt end})
print(loopy.q, cnt)
-- __close order and errors
do
  local order = {}
  local function closer(name) return setmetatable({}, {__close = function(_, err) order[#order + 1] = name .. ":" .. tostring(err) end}) end
  do
    local a <close> = closer("a")
    local b <close> = closer("b")
    local c <const> = 5
    local n <close> = nil
    local f <close> = false
  end
  print(table.concat(order, " "))
  order = {}
  print(pcall(function()
    local a <close> = closer("a")
    local b <close> = closer("b")
    error("E", 0)
  end))
  print(table.concat(order, " "))
  print(pcall(function() local x <close> = {} end))
  print(pcall(function() local x <close> = 1 end))
  order = {}
  local function gen()
    local a <close> = closer("ret")
    return "value"
  end
  print(gen(), table.concat(order, " "))
  order = {}
  for i in function(_, i) i = (i or 0) + 1 if i <= 2 then return i end end, nil, nil, closer("forclose") do order[#order + 1] = i end
  print(table.concat(order, " "))
  order = {}
  print(pcall(function()
    local a <close> = setmetatable({}, {__close = function() error("close error", 0) end})
    local b <close> = closer("b")
    error("orig", 0)
  end))
  print(table.concat(order, " "))
end
-- __gc order with collectgarbage
do
  local gcs = {}
  for i = 1, 5 do setmetatable({}, {__gc = function() gcs[#gcs + 1] = i end}) end
  collectgarbage("collect")
  collectgarbage("collect")
  print(table.concat(gcs, " "))
  gcs = {}
  local keep = setmetatable({}, {__gc = function() gcs[#gcs + 1] = "kept" end})
  local weak = setmetatable({}, {__mode = "k"})
  weak[{}] = 1 weak[keep] = 2
  collectgarbage()
  local n = 0 for _ in pairs(weak) do n = n + 1 end
  print(#gcs, n)
  local resurrect
  setmetatable({}, {__gc = function(o) resurrect = o end})
  collectgarbage() print(type(resurrect))
  print(collectgarbage("isrunning"), collectgarbage("step", 0) ~= nil, type(collectgarbage("count")))
  print(collectgarbage("incremental"), collectgarbage("generational"), collectgarbage("incremental"))
  print(pcall(collectgarbage, "nope"))
end
-- goto
do
  local out = {}
  for i = 1, 3 do
    for j = 1, 3 do
      if j == 2 then goto continue end
      out[#out + 1] = i .. j
      ::continue::
    end
  end
  local k = 0
  ::top:: k = k + 1 if k < 5 then goto top end
  print(table.concat(out, " "), k)
  print(load("goto nowhere"))
  print(load("do ::a:: end ::a:: ::a::"))
  print(load("local x goto f local y ::f:: print(y)"))
  print(load("::l:: ::l::"))
end
-- integer for loops do not overflow
do
  local c = 0
  for i = math.maxinteger - 1, math.maxinteger do c = c + 1 end
  for i = math.mininteger, math.mininteger + 1 do c = c + 1 end
  for i = math.maxinteger, math.maxinteger - 1, -1 do c = c + 1 end
  for i = math.mininteger + 1, math.mininteger, -1 do c = c + 1 end
  for i = 1, math.maxinteger, math.maxinteger do c = c + 1 end
  for i = -1, math.mininteger, math.mininteger do c = c + 1 end
  for i = math.maxinteger, math.mininteger, math.mininteger do c = c + 1 end
  for i = 0, 2^53 + 10, 2^52 do c = c + 1 end
  for i = 3, 1 do c = c + 1000 end
  for i = math.maxinteger, 0.5 do c = c + 1000 end
  for i = 1, 1.5 do c = c + 1 end
  for i = -3.7, -1, 1 do c = c + 1 end
  print(c)
end
-- misc base library
print(type(print), type(nil), type({}), type("s"), type(2), type(2.5), type(true), type(coroutine.create(print)))
print(tostring(nil), tostring(true), tostring(12), tostring(-0.0), tostring("x"), rawequal("a", "a"))
print(next({}), type(next), ipairs({}) ~= nil, select("#", ipairs({})))
local it = {} for i, v in ipairs({1, 2, nil, 4}) do it[#it + 1] = i .. "=" .. v end print(table.concat(it, " "))
local pr = setmetatable({}, {__pairs = function(t) return function(_, k) if not k then return 1, "one" end end, t, nil end})
for k, v in pairs(pr) do print("pairs mm", k, v) end
print(load("return 1 + 1")(), type(load(function() return nil end)), pcall(load, 5))
print(load("syntax error here"))
print(load("return ...", "chunk", "t", {})(7, 8))
print(load("x = 1", "=name", "b"))
local env = {y = 5} print(load("return y", "c", "t", env)(), load("y = 9 return y", "c", "t", env)(), env.y)
print(string.format("%q", string.dump(function() end):sub(1, 4)))
print(assert(1, "unused"), select("#", assert(1, 2, 3)), pcall(assert, false), pcall(assert, nil, "custom msg"), pcall(assert))
print(type(select(2, pcall(assert, false, {1}))))
print(_VERSION, math.type(1), math.type(1.0), math.type("1"))
