-- generators, passing values both ways, status, wrap, errors inside
local gen = coroutine.wrap(function()
  for i = 1, 4 do coroutine.yield(i * i) end
end)
print("squares", gen(), gen(), gen(), gen())
local co = coroutine.create(function(a, b)
  local c = coroutine.yield(a + b)
  local d, e = coroutine.yield(c * 2)
  return d + e
end)
print(coroutine.resume(co, 1, 2))
print(coroutine.resume(co, 10))
print(coroutine.resume(co, 3, 4))
print(coroutine.status(co), coroutine.resume(co))
local bad = coroutine.create(function() error("inside") end)
local ok, msg = coroutine.resume(bad)
print("error in coroutine", ok, (msg:gsub("^.-:%d+: ", "")))
print("isyieldable", coroutine.isyieldable())
