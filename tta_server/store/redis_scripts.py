"""The Lua scripts :mod:`tta_server.store.redis_neo4j` runs in Redis: tokens, throttle counters and
the replay Stream, each change made atomically by one script (the key layout is described in that
module's docstring).

Each script's comment names its ``KEYS`` and ``ARGV``. Some touch keys derived from arguments,
so Redis must be standalone, not Cluster.
"""

# KEYS: token, account set. ARGV: account id, ttl, hash, token key prefix.
# Also drops set members whose token has expired.
LUA_SAVE_TOKEN = """
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
for _, h in ipairs(redis.call('SMEMBERS', KEYS[2])) do
  if redis.call('EXISTS', ARGV[4] .. h) == 0 then redis.call('SREM', KEYS[2], h) end
end
redis.call('SADD', KEYS[2], ARGV[3])
if redis.call('TTL', KEYS[2]) < tonumber(ARGV[2]) then redis.call('EXPIRE', KEYS[2], ARGV[2]) end
return 1
"""  # noqa: S105 - Lua source, not a secret

# KEYS: token. ARGV: ttl, account set key prefix. Returns the account id or false.
LUA_TOUCH_TOKEN = """
local aid = redis.call('GET', KEYS[1])
if not aid then return false end
redis.call('EXPIRE', KEYS[1], ARGV[1])
local set = ARGV[2] .. aid
if redis.call('TTL', set) < tonumber(ARGV[1]) then redis.call('EXPIRE', set, ARGV[1]) end
return aid
"""  # noqa: S105 - Lua source, not a secret

# KEYS: token. ARGV: account set key prefix, hash. Returns 1 if the token existed.
LUA_REVOKE_TOKEN = """
local aid = redis.call('GET', KEYS[1])
if not aid then return 0 end
redis.call('DEL', KEYS[1])
redis.call('SREM', ARGV[1] .. aid, ARGV[2])
return 1
"""  # noqa: S105 - Lua source, not a secret

# KEYS: account set. ARGV: token key prefix. Returns the hashes of tokens that were live.
LUA_REVOKE_ACCOUNT_TOKENS = """
local out = {}
for _, h in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  if redis.call('DEL', ARGV[1] .. h) == 1 then out[#out + 1] = h end
end
redis.call('DEL', KEYS[1])
return out
"""

# KEYS: counter. ARGV: window. Returns the new count.
LUA_THROTTLE_HIT = """
local n = redis.call('INCR', KEYS[1])
if redis.call('TTL', KEYS[1]) < 0 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return n
"""

# KEYS: counter. ARGV: limit, window in ms. Returns 0 when a hit was taken, else the ms until the
# window resets (at least 1).
LUA_THROTTLE_TAKE = """
local n = tonumber(redis.call('GET', KEYS[1]) or '0')
if n >= tonumber(ARGV[1]) then
  local left = redis.call('PTTL', KEYS[1])
  if left < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]); left = tonumber(ARGV[2]) end
  return math.max(left, 1)
end
redis.call('INCR', KEYS[1])
if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
"""

LUA_THROTTLE_RELEASE = """
if tonumber(redis.call('GET', KEYS[1]) or '0') > 0 then redis.call('DECR', KEYS[1]) end
return 0
"""

# KEYS: stream, session_last. ARGV: maxlen, ttl, last seq, mode, then (seq, entry JSON)*.
# mode "append": add entries only while they extend the Stream contiguously (seq == top + 1).
# mode "refill": unless the Stream already reaches last seq, replace it with the entries.
# session_last becomes max(itself, last seq). Returns the Stream's top seq.
LUA_WRITE_EVENTS = """
local maxlen, ttl, last, mode = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[4]
local top = 0
local tip = redis.call('XREVRANGE', KEYS[1], '+', '-', 'COUNT', 1)
if #tip > 0 then top = tonumber(string.match(tip[1][1], '^(%d+)')) end
if mode == 'refill' and top < last then
  redis.call('DEL', KEYS[1])
  top = 0
  if #ARGV >= 5 then top = tonumber(ARGV[5]) - 1 end
end
for i = 5, #ARGV, 2 do
  local seq = tonumber(ARGV[i])
  if seq == top + 1 then
    redis.call('XADD', KEYS[1], 'MAXLEN', '~', maxlen, ARGV[i] .. '-1', 'e', ARGV[i + 1])
    top = seq
  elseif seq > top + 1 then
    break
  end
end
local cur = tonumber(redis.call('GET', KEYS[2]) or '-1')
if last > cur then cur = last end
redis.call('SET', KEYS[2], cur, 'EX', ttl)
if top > 0 then redis.call('EXPIRE', KEYS[1], ttl) end
return top
"""
