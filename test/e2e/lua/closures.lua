-- closures and upvalues shared between functions
local function counter()
  local n = 0
  return function() n = n + 1; return n end, function() return n end
end
local inc, get = counter()
for _ = 1, 5 do inc() end
print("counter", get())
local fs = {}
for i = 1, 3 do fs[i] = function() return i * 10 end end
print("loop vars", fs[1](), fs[2](), fs[3]())
local function compose(f, g) return function(...) return f(g(...)) end end
print("compose", compose(function(x) return x + 1 end, function(a, b) return a * b end)(6, 7))
print("varargs", select("#", nil, nil, 3), table.concat({ table.unpack({ 1, 2, 3 }) }, ","))
