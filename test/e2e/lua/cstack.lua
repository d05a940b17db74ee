-- Lua's C-stack limit (200 nested C calls) is reached, and reported, before the image's stack ends
print(xpcall(function() error("in") end, function(m) error("again") end))
local function viagsub(n) if n == 0 then return "" end return (string.gsub("a", "a", function() return viagsub(n - 1) end)) end
print(pcall(viagsub, 150))
print(pcall(viagsub, 300))
local loop = setmetatable({}, {__index = function(t, k) return t[k] end})
print(pcall(function() return loop.x end))
print(load("return " .. string.rep("(", 150) .. "1" .. string.rep(")", 150))())
print(pcall(load, "return " .. string.rep("(", 300) .. "1" .. string.rep(")", 300)))
local function nest(n) if n == 0 then return 1 end return coroutine.wrap(function() return nest(n - 1) end)() end
print(pcall(nest, 100))
local ok, e = pcall(nest, 250)
print(ok, select(2, string.gsub(e, "C stack overflow", "")), #e)
local selfstr = setmetatable({}, {__tostring = function(s) return tostring(s) end})
print(pcall(tostring, selfstr))
local function sorts(n) if n == 0 then return end table.sort({2, 1}, function(a, b) sorts(n - 1) return a < b end) end
print(pcall(sorts, 100))
print(pcall(sorts, 300))
local deep = {} local cur = deep for i = 1, 150 do cur.next = {} cur = cur.next end
local function depth(t) return t.next and 1 + depth(t.next) or 0 end
print(depth(deep))
local function lua_rec(n) if n == 0 then return 0 end return 1 + lua_rec(n - 1) end
print(lua_rec(100000))
