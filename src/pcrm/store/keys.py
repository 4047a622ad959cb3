"""The store's key: a random 256-bit raw SQLCipher key, kept in the OS keyring or wrapped by a
passphrase, plus the non-secret metadata file ``store.json`` that says which.

Why wrap rather than derive: with a wrapped key, changing the passphrase rewrites one small file
atomically instead of re-encrypting the whole database, and the database is always opened with a
raw key (no KDF on each connection).  The passphrase goes through Argon2id (RFC 9106's second
recommended setting: t=3, m=64 MiB, p=4), stronger than SQLCipher's default PBKDF2-SHA512 at
256,000 iterations; the key is wrapped with AES-256-GCM, so a wrong passphrase is detected before
the database is touched.  A key check (HMAC of a constant under the key) tells a wrong keyring key
from a damaged database.

Rotation (``PRAGMA rekey``) records the new key as *pending* before the rekey and promotes it
after; :func:`candidate_keys` offers both, so a crash at any instant leaves a key that opens.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal

from pcrm import errors, fsutil
from pcrm.paths import StorePaths

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

# argon2 and cryptography are imported where a passphrase is used: a keyring store opens
# without them, which keeps them out of the desktop app's way to its first paint.

KEY_BYTES = 32
META_FORMAT = 1
KEYRING_SERVICE = "pcrm"
_CHECK_LABEL = b"pcrm key check v1"
_AAD = b"pcrm wrapped key v1"

KeySource = Literal["keyring", "passphrase"]


@dataclass
class KdfParams:
    salt: bytes
    time_cost: int = 3
    memory_cost: int = 64 * 1024  # KiB
    parallelism: int = 4

    def derive(self, passphrase: str) -> bytes:
        from argon2.low_level import Type, hash_secret_raw

        return hash_secret_raw(
            passphrase.encode("utf-8"),
            self.salt,
            time_cost=self.time_cost,
            memory_cost=self.memory_cost,
            parallelism=self.parallelism,
            hash_len=KEY_BYTES,
            type=Type.ID,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "name": "argon2id",
            "salt": _b64(self.salt),
            "time_cost": self.time_cost,
            "memory_cost": self.memory_cost,
            "parallelism": self.parallelism,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KdfParams:
        if data.get("name") != "argon2id":
            raise ValueError("unknown KDF")
        return cls(
            salt=_unb64(data["salt"]),
            time_cost=int(data["time_cost"]),
            memory_cost=int(data["memory_cost"]),
            parallelism=int(data["parallelism"]),
        )


@dataclass
class StoreMeta:
    """The contents of ``store.json``: nothing here opens the database on its own."""

    store_id: str
    key_source: KeySource
    key_check: str
    created_at: str
    kdf: KdfParams | None = None
    wrapped_key: bytes | None = None
    pending_check: str | None = None
    pending_wrapped_key: bytes | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_bytes(self) -> bytes:
        data: dict[str, Any] = {
            "format": META_FORMAT,
            "store_id": self.store_id,
            "created_at": self.created_at,
            "key_source": self.key_source,
            "key_check": self.key_check,
        }
        if self.kdf is not None:
            data["kdf"] = self.kdf.to_json()
        if self.wrapped_key is not None:
            data["wrapped_key"] = _b64(self.wrapped_key)
        if self.pending_check is not None:
            data["pending"] = {"key_check": self.pending_check}
            if self.pending_wrapped_key is not None:
                data["pending"]["wrapped_key"] = _b64(self.pending_wrapped_key)
        return (json.dumps(data, indent=2) + "\n").encode()

    @classmethod
    def from_bytes(cls, raw: bytes) -> StoreMeta:
        data = json.loads(raw)
        if data.get("format") != META_FORMAT:
            raise ValueError(f"unknown format {data.get('format')!r}")
        pending = data.get("pending") or {}
        return cls(
            store_id=str(data["store_id"]),
            key_source=data["key_source"],
            key_check=str(data["key_check"]),
            created_at=str(data.get("created_at", "")),
            kdf=KdfParams.from_json(data["kdf"]) if "kdf" in data else None,
            wrapped_key=_unb64(data["wrapped_key"]) if "wrapped_key" in data else None,
            pending_check=pending.get("key_check"),
            pending_wrapped_key=(
                _unb64(pending["wrapped_key"]) if "wrapped_key" in pending else None
            ),
        )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def key_check(key: bytes) -> str:
    return hmac.new(key, _CHECK_LABEL, hashlib.sha256).hexdigest()[:32]


def sqlcipher_key_literal(key: bytes) -> str:
    """The raw-key form of ``PRAGMA key``: no key derivation when a connection opens."""
    return f"\"x'{key.hex()}'\""


def wrap(kek: bytes, key: bytes) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(12)
    return nonce + AESGCM(kek).encrypt(nonce, key, _AAD)


def unwrap(kek: bytes, blob: bytes) -> bytes:
    """Raises :class:`InvalidTag` on a wrong KEK (a wrong passphrase)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(kek).decrypt(blob[:12], blob[12:], _AAD)


# -- the metadata file ----------------------------------------------------------------------------


def read_meta(paths: StorePaths) -> StoreMeta | None:
    try:
        raw = paths.meta.read_bytes()
    except FileNotFoundError:
        return None
    try:
        return StoreMeta.from_bytes(raw)
    except (ValueError, KeyError, TypeError) as exc:
        raise errors.KeyMissing(
            path=paths.database, reason=f"{paths.meta.name} is unreadable: {type(exc).__name__}"
        ) from None


def write_meta(paths: StorePaths, meta: StoreMeta) -> None:
    fsutil.write_atomic(paths.meta, meta.to_bytes())


def fresh_meta(source: KeySource, key: bytes) -> StoreMeta:
    return StoreMeta(
        store_id=str(uuid.uuid4()),
        key_source=source,
        key_check=key_check(key),
        created_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )


# -- the keyring ----------------------------------------------------------------------------------


def _is_trusted(backend: KeyringBackend) -> bool:
    module = type(backend).__module__
    if module.startswith("keyrings.alt"):
        return False  # plaintext or weakly encrypted files: refused
    if module in ("keyring.backends.fail", "keyring.backends.null"):
        return False
    try:
        return float(backend.priority) > 0
    except Exception:  # noqa: BLE001 -- a backend whose priority raises is not viable
        return False


def trusted_keyring() -> KeyringBackend | None:
    """The highest-priority keyring backend that really protects secrets, or None."""
    import keyring  # imported here: loading every backend costs ~60 ms of start-up

    current = keyring.get_keyring()
    chained = getattr(current, "backends", None)
    candidates: list[KeyringBackend] = list(chained) if chained is not None else [current]
    trusted = [b for b in candidates if _is_trusted(b)]
    if not trusted:
        return None
    return max(trusted, key=lambda b: float(b.priority))


def keyring_reason() -> str:
    import keyring

    current = keyring.get_keyring()
    chained = getattr(current, "backends", None)
    names = [type(b).__module__ for b in (chained if chained is not None else [current])]
    if any(n.startswith("keyrings.alt") for n in names):
        return "only a plaintext keyrings.alt backend is installed"
    return "no Secret Service, Keychain or Windows Credential Locker was found"


class KeyringStore:
    """Reads and writes a store's key in one keyring backend."""

    def __init__(self, backend: KeyringBackend, store_id: str) -> None:
        from keyring import errors as keyring_errors  # whoever made ``backend`` loaded it

        self.backend = backend
        self.store_id = store_id
        self._errors = keyring_errors

    def _user(self, pending: bool) -> str:
        return f"store:{self.store_id}" + (":pending" if pending else "")

    def get(self, *, pending: bool = False) -> bytes | None:
        try:
            value = self.backend.get_password(KEYRING_SERVICE, self._user(pending))
        except self._errors.KeyringError as exc:
            raise errors.KeyringUnavailable(reason=type(exc).__name__) from None
        if value is None:
            return None
        try:
            key = bytes.fromhex(value)
        except ValueError:
            return None
        return key if len(key) == KEY_BYTES else None

    def set(self, key: bytes, *, pending: bool = False) -> None:
        try:
            self.backend.set_password(KEYRING_SERVICE, self._user(pending), key.hex())
        except self._errors.KeyringError as exc:
            raise errors.KeyringUnavailable(reason=type(exc).__name__) from None
        if self.get(pending=pending) != key:
            raise errors.KeyringUnavailable(reason="the keyring did not keep the key")

    def delete(self, *, pending: bool = False) -> None:
        try:
            self.backend.delete_password(KEYRING_SERVICE, self._user(pending))
        except self._errors.PasswordDeleteError:
            pass
        except self._errors.KeyringError as exc:
            raise errors.KeyringUnavailable(reason=type(exc).__name__) from None


# -- turning metadata and a passphrase into candidate keys ----------------------------------------


def candidate_keys(
    paths: StorePaths,
    meta: StoreMeta,
    passphrase: str | None,
    backend: KeyringBackend | None,
) -> list[bytes]:
    """The keys that may open the database, current first, then a pending rotation's.

    Raises the typed error for each way the key can be unavailable.
    """
    found: list[bytes] = []
    if meta.key_source == "keyring":
        if backend is None:
            raise errors.KeyMissing(path=paths.database, reason=f"no keyring: {keyring_reason()}")
        store = KeyringStore(backend, meta.store_id)
        for pending in (False, True):
            key = store.get(pending=pending)
            if key is not None and key not in found:
                found.append(key)
        if not found:
            raise errors.KeyMissing(path=paths.database, reason="the keyring has no entry for it")
        return found

    if meta.kdf is None or meta.wrapped_key is None:
        raise errors.KeyMissing(path=paths.database, reason=f"{paths.meta.name} has no wrapped key")
    if passphrase is None:
        raise errors.PassphraseRequired()
    from cryptography.exceptions import InvalidTag

    kek = meta.kdf.derive(passphrase)
    for blob in (meta.wrapped_key, meta.pending_wrapped_key):
        if blob is None:
            continue
        try:
            found.append(unwrap(kek, blob))
        except InvalidTag:
            continue
    if not found:
        raise errors.WrongPassphrase(path=paths.database)
    return found


def passphrase_meta(meta: StoreMeta, key: bytes, passphrase: str) -> tuple[StoreMeta, bytes]:
    """Metadata with ``key`` wrapped under a new salt for ``passphrase``; returns it and the KEK."""
    kdf = KdfParams(salt=secrets.token_bytes(16))
    kek = kdf.derive(passphrase)
    meta.key_source = "passphrase"
    meta.kdf = kdf
    meta.wrapped_key = wrap(kek, key)
    meta.key_check = key_check(key)
    meta.pending_check = None
    meta.pending_wrapped_key = None
    return meta, kek
