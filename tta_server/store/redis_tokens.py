"""Tokens and throttle counters of the ``redis-neo4j`` store, in Redis only (Neo4j holds none):
``P token:<hash>``, ``P acct_tokens:<account id>`` and ``P throttle:<key>``, as the key layout in
:mod:`tta_server.store.redis_neo4j` describes them. Each change is one Lua script
(:mod:`~tta_server.store.redis_scripts`), so it is atomic across server processes.

:class:`RedisTokens` is a part of :class:`~tta_server.store.redis_neo4j.RedisNeo4jStore` (a base
class): it uses the store's Redis client and key prefix.
"""

from __future__ import annotations

import redis.asyncio as aioredis

from tta_server.store import redis_scripts as lua


class RedisTokens:
    """The token and throttle methods of :class:`~tta_server.store.base.Store`, on Redis."""

    _redis: aioredis.Redis
    _p: str

    def _init_tokens(self) -> None:
        """Register the scripts (after ``_redis`` is set)."""
        r = self._redis
        self._lua_save_token = r.register_script(lua.LUA_SAVE_TOKEN)
        self._lua_touch_token = r.register_script(lua.LUA_TOUCH_TOKEN)
        self._lua_revoke_token = r.register_script(lua.LUA_REVOKE_TOKEN)
        self._lua_revoke_account = r.register_script(lua.LUA_REVOKE_ACCOUNT_TOKENS)
        self._lua_throttle_hit = r.register_script(lua.LUA_THROTTLE_HIT)
        self._lua_throttle_take = r.register_script(lua.LUA_THROTTLE_TAKE)
        self._lua_throttle_release = r.register_script(lua.LUA_THROTTLE_RELEASE)

    # -- tokens --------------------------------------------------------------------------------
    def _token_key(self, token_hash: str) -> str:
        return f"{self._p}token:{token_hash}"

    async def save_token(self, token_hash: str, account_id: str, ttl_s: int) -> None:
        await self._lua_save_token(
            keys=[self._token_key(token_hash), f"{self._p}acct_tokens:{account_id}"],
            args=[account_id, ttl_s, token_hash, f"{self._p}token:"],
        )

    async def touch_token(self, token_hash: str, ttl_s: int) -> str | None:
        account_id = await self._lua_touch_token(
            keys=[self._token_key(token_hash)], args=[ttl_s, f"{self._p}acct_tokens:"]
        )
        return str(account_id) if account_id else None

    async def revoke_token(self, token_hash: str) -> bool:
        existed = await self._lua_revoke_token(
            keys=[self._token_key(token_hash)], args=[f"{self._p}acct_tokens:", token_hash]
        )
        return bool(existed)

    async def revoke_account_tokens(self, account_id: str) -> list[str]:
        hashes = await self._lua_revoke_account(
            keys=[f"{self._p}acct_tokens:{account_id}"], args=[f"{self._p}token:"]
        )
        return [str(h) for h in hashes]

    # -- throttles -----------------------------------------------------------------------------
    def _throttle_key(self, key: str) -> str:
        return f"{self._p}throttle:{key}"

    async def throttle_count(self, key: str) -> tuple[int, float]:
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.get(self._throttle_key(key))
            pipe.pttl(self._throttle_key(key))
            count, pttl = await pipe.execute()
        if count is None or pttl == -2:
            return 0, 0.0
        return int(count), max(0.0, pttl / 1000) if pttl >= 0 else 0.0

    async def throttle_hit(self, key: str, window_s: int) -> int:
        return int(await self._lua_throttle_hit(keys=[self._throttle_key(key)], args=[window_s]))

    async def throttle_take(self, key: str, limit: int, window_s: int) -> float:
        left = await self._lua_throttle_take(
            keys=[self._throttle_key(key)], args=[limit, window_s * 1000]
        )
        return int(left) / 1000

    async def throttle_release(self, key: str) -> None:
        await self._lua_throttle_release(keys=[self._throttle_key(key)])

    async def throttle_clear(self, key: str) -> None:
        await self._redis.delete(self._throttle_key(key))
