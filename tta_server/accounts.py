"""Accounts: registration, password hashing (argon2id), login throttles and session tokens.

* User names: 3-32 of ``A-Z a-z 0-9 _ -``, unique ignoring case.
* Passwords: 10-256 characters, not the user name. Hashed with argon2id on a bounded pool of
  threads (:mod:`tta_server.passwords`), so the event loop never waits on a hash and a login
  burst cannot take every core from the turns: past the pool's queue, ``busy`` with a
  retry-after (the throttle places a refused login took are given back).
* Tokens: 256 random bits (``secrets.token_urlsafe(32)``), given to the client once; the store
  keeps only their SHA-256. Expiry slides with every use (``token_ttl_s``).
* Login attempts are throttled per user name (``login_throttle_attempts``) and per client
  address (``login_throttle_per_address``) in fixed windows: both count failed logins. A login
  takes a place in both, atomically, once a hashing thread is free for its check and just
  before the check runs (never while it waits behind other logins), so parallel guesses cannot
  slip past a limit, and a clinic's worth of players logging in at once behind one NAT address
  holds at most one place per hashing thread; a successful login gives its places back (and
  clears its name's count). Past a limit, logins are refused with ``login_throttled`` ("too
  many failed logins ..."), and a retry-after, even with the right password, until the window
  ends. Besides, at most ``login_in_flight_per_address`` logins per address may wait for or run
  their check at once in one process; past it, ``login_throttled`` ("too many login attempts
  at once from your network", with the time the queue needs): one address cannot fill the
  hashing queue that every player shares.
* Device tokens (the "device cookie" of OWASP's guidance on online guessing): ``login.ok`` and
  ``register.ok`` give the client a device token, 256 random bits bound to the account (the
  store keeps its SHA-256 for :data:`DEVICE_TTL_S` seconds, renewed by each login that
  presents it). A login that presents a valid one for its account skips the name's and the
  address's limits and has its own (``login_throttle_attempts`` per window, per device), so
  failures by anyone else, against any name including the player's own, never lock out a
  device the player has used before. A device token cannot log anyone in: the password is
  still checked. A first login from a new device at an address or for a name under attack
  waits for the window, as before.
* Registrations per client address (``register_throttle_per_address`` an hour) are taken the
  same way, and given back when the registration fails.
"""

from __future__ import annotations

import hashlib
import math
import re
import secrets

from tta_server.passwords import Passwords
from tta_server.protocol.errors import ErrorCode, FieldError, ProtocolError
from tta_server.protocol.text import fold
from tta_server.settings import Settings
from tta_server.store.base import (
    Account,
    Role,
    Store,
    UsernameTaken,
    login_device_key,
    login_name_key,
)

USERNAME_RE = re.compile(r"^[A-Za-z0-9_-]{3,32}$")
DEVICE_TTL_S = 90 * 24 * 3600
"""How long a device token stays valid after the last login that presented it (90 days)."""
PASSWORD_MIN, PASSWORD_MAX = 10, 256


def token_hash(token: str) -> str:
    """What the store keeps of a token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def registration_errors(username: str, password: str) -> list[FieldError]:
    """Every problem with a proposed user name and password, field by field."""
    errors = []
    if not USERNAME_RE.fullmatch(username):
        errors.append(
            FieldError(
                "username",
                "Use 3 to 32 characters: letters a-z, digits, underscores or hyphens.",
            )
        )
    if not PASSWORD_MIN <= len(password) <= PASSWORD_MAX:
        errors.append(
            FieldError(
                "password", f"Use {PASSWORD_MIN} to {PASSWORD_MAX} characters for the password."
            )
        )
    elif fold(password) == fold(username) or fold(username) in fold(password):
        errors.append(FieldError("password", "The password must not contain the user name."))
    return errors


class Accounts:
    """Account operations shared by the WebSocket handlers and ``tta-admin``."""

    def __init__(self, store: Store, settings: Settings) -> None:
        self.store = store
        self.settings = settings
        self.passwords = Passwords(
            settings.argon2_time_cost,
            settings.argon2_memory_kib,
            settings.password_hash_workers,
            settings.password_hash_queue,
            settings.password_hash_nice,
        )
        self._pending: dict[str, int] = {}
        """Logins without a known device waiting for or running their check, per address."""

    async def hash_password(self, password: str) -> str:
        return await self.passwords.hash(password)

    def close(self) -> None:
        """Stop the hashing threads."""
        self.passwords.close()

    async def register(
        self, username: str, password: str, role: Role = Role.PLAYER, address: str | None = None
    ) -> Account:
        errors = registration_errors(username, password)
        if errors:
            raise ProtocolError(
                ErrorCode.INVALID_FIELDS, "Please fix the highlighted fields.", errors
            )
        limit = self.settings.register_throttle_per_address
        key = f"register:addr:{address}" if address is not None and limit else None
        if key is not None:
            retry = await self.store.throttle_take(key, limit, 3600)
            if retry:
                raise ProtocolError(
                    ErrorCode.REGISTER_THROTTLED,
                    "Too many new accounts from your address. Please try again later.",
                    retry_after=round(retry, 1),
                )
        try:
            if await self.store.get_account_by_username(username) is not None:
                raise _taken(username)
            password_hash = await self.hash_password(password)
            try:
                return await self.store.create_account(username, password_hash, role)
            except UsernameTaken:
                raise _taken(username) from None
        except BaseException:
            if key is not None:
                await self.store.throttle_release(key)
            raise

    async def login(
        self, username: str, password: str, address: str, device: str | None = None
    ) -> tuple[Account, str, str]:
        """Check the password; returns the account, a new token and the device token to keep
        (``device`` again when it was valid, else a new one)."""
        account = await self.store.get_account_by_username(username)
        trusted = bool(device) and account is not None
        if trusted:
            assert device is not None and account is not None
            trusted = (await self.store.throttle_count(_device_key(account.id, device)))[0] > 0
        user_key = login_name_key(fold(username))
        limits = self._login_limits(user_key, address, device if trusted else None)
        for key, limit, whose in limits:  # a quick refusal, without waiting for a thread
            count, reset = await self.store.throttle_count(key)
            if count >= limit:
                raise _throttled(whose, reset)
        queued = 0 if trusted else self.settings.login_in_flight_per_address
        if queued and self._pending.get(address, 0) >= queued:
            raise ProtocolError(
                ErrorCode.LOGIN_THROTTLED,
                "Too many login attempts at once from your network. "
                f"Please try again in {_seconds(self.passwords.drain_s())}.",
                retry_after=self.passwords.drain_s(),
            )
        taken: list[str] = []

        async def take_places() -> None:  # once a thread is free: see the module docstring
            for key, limit, whose in limits:
                retry = await self.store.throttle_take(key, limit, self.window)
                if retry:
                    await self._release(taken)
                    raise _throttled(whose, retry)
                taken.append(key)

        self._pending[address] = self._pending.get(address, 0) + 1
        try:
            target = account.password_hash if account else None
            ok = await self.passwords.verify(target, password, before=take_places)
        except BaseException:  # busy, a refusal or a shutdown: this attempt was not made
            await self._release(taken)
            raise
        finally:
            self._pending[address] -= 1
            if not self._pending[address]:
                del self._pending[address]
        if account is None or not ok:
            raise ProtocolError(
                ErrorCode.LOGIN_FAILED, "That user name and password do not match. Try again."
            )
        for key in taken:  # a success is not a failure: give its places back
            if key == user_key or trusted:
                await self.store.throttle_clear(key)
            else:
                await self.store.throttle_release(key)
        if account.disabled:
            raise _disabled()
        if trusted:
            assert device is not None
            await self.store.throttle_clear(_device_key(account.id, device))
        else:
            device = secrets.token_urlsafe(32)
        await self.store.throttle_hit(_device_key(account.id, device), DEVICE_TTL_S)
        token = secrets.token_urlsafe(32)
        await self.store.save_token(token_hash(token), account.id, self.settings.token_ttl_s)
        return account, token, device

    @property
    def window(self) -> int:
        return self.settings.login_throttle_window_s

    def _login_limits(
        self, user_key: str, address: str, device: str | None
    ) -> list[tuple[str, int, str]]:
        """(key, limit, whose) of each allowance a login takes a place in: a known device's
        own, else the user name's and the address's (limits of 0 are off)."""
        s = self.settings
        if device is not None:
            key = f"login:device-failures:{token_hash(device)}"
            limits = [(key, s.login_throttle_attempts, "device")]
        else:
            limits = [
                (user_key, s.login_throttle_attempts, "name"),
                (f"login:addr:{address}", s.login_throttle_per_address, "address"),
            ]
        return [(key, limit, whose) for key, limit, whose in limits if limit]

    async def _release(self, keys: list[str]) -> None:
        for key in keys:
            await self.store.throttle_release(key)
        keys.clear()

    async def new_device(self, account_id: str) -> str:
        """A device token for an account that was just registered on this device."""
        device = secrets.token_urlsafe(32)
        await self.store.throttle_hit(_device_key(account_id, device), DEVICE_TTL_S)
        return device

    async def authenticate(self, token: str) -> tuple[Account, str]:
        """The account a token belongs to, and the token's hash; extends its expiry."""
        hashed = token_hash(token)
        account_id = await self.store.touch_token(hashed, self.settings.token_ttl_s)
        account = await self.store.get_account(account_id) if account_id else None
        if account is None:
            raise ProtocolError(
                ErrorCode.AUTH_FAILED,
                "Your login has expired or was ended. Please log in again.",
            )
        if account.disabled:
            raise _disabled()
        return account, hashed


def _device_key(account_id: str, device: str) -> str:
    return login_device_key(account_id, token_hash(device))


_WHOSE = {
    "name": "Too many failed logins for this user name",
    "address": "Too many failed logins from your network",
    "device": "Too many failed logins on this device",
}


def _seconds(seconds: float) -> str:
    """A wait as people say it: "40 s", "3 minutes"."""
    whole = max(1, math.ceil(seconds))
    return f"{whole} s" if whole < 120 else f"{math.ceil(whole / 60)} minutes"


def _throttled(whose: str, retry: float) -> ProtocolError:
    return ProtocolError(
        ErrorCode.LOGIN_THROTTLED,
        f"{_WHOSE[whose]}. Please try again in {_seconds(retry)}.",
        retry_after=round(max(retry, 0.1), 1),
    )


def _taken(username: str) -> ProtocolError:
    return ProtocolError(
        ErrorCode.USERNAME_TAKEN,
        "That user name is taken. Please choose another.",
        [FieldError("username", "That user name is taken. Please choose another.")],
    )


def _disabled() -> ProtocolError:
    return ProtocolError(
        ErrorCode.ACCOUNT_DISABLED,
        "This account has been disabled. Please contact the people who run this service.",
    )
