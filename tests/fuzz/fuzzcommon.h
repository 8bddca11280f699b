#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

/*!
 * \file fuzzcommon.h
 * Shared by the libFuzzer harnesses (tests/fuzz/fuzz_<target>.cpp): one Qt application for the
 * whole run, and a way to fail loudly when a property does not hold.
 */

namespace mlsd::fuzz {

/// Creates the (GUI, offscreen) application once; call at the start of every input.
void ensureApplication(bool gui = false);

/// The input as a QByteArray (a copy: libFuzzer's buffer must not outlive the call).
[[nodiscard]] QByteArray bytes(const std::uint8_t *data, std::size_t size);

/// Prints \a what and aborts: libFuzzer records the input as a crash.
[[noreturn]] void fail(const char *what, const QByteArray &detail = {});

} // namespace mlsd::fuzz
