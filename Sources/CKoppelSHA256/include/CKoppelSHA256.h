#ifndef CKOPPEL_SHA256_H
#define CKOPPEL_SHA256_H

#include <stddef.h>
#include <stdint.h>

/// Runs the SHA-256 compression function over `blocks` 64-byte blocks at `data` with the
/// CPU's SHA extensions (x86-64 SHA-NI). Returns 1 when done, 0 (state untouched) when this
/// CPU or build has no such instructions; the caller then uses the portable Swift code.
int koppel_sha256_blocks_hw(uint32_t state[8], const uint8_t *data, size_t blocks);

/// The 64 round constants of SHA-256 (FIPS 180-4, 4.2.2), shared with the portable code.
extern const uint32_t koppel_sha256_k[64];

#endif
