// SPDX-License-Identifier: GPL-3.0-or-later
// RequestFramer on one connection's bytes: HTTP/1.1 heads, Content-Length and chunked bodies,
// header and body limits, pipelined requests. The first input byte picks the limits and how the
// stream is cut into reads; the framing must not depend on where the reads end.
#include "core/http/RequestFramer.h"

#include "tests/fuzz/FuzzCheck.h"

#include <cstddef>
#include <cstdint>

using rmx::http::HttpLimits;
using rmx::http::RequestFramer;

namespace {
struct Outcome
{
    int status = 0;
    int completed = 0;
    bool inRequest = false;
};

Outcome frame(const HttpLimits &limits, QByteArrayView stream, qsizetype readSize)
{
    RequestFramer framer(limits);
    Outcome outcome;
    for (qsizetype at = 0; at < stream.size() && outcome.status == 0; at += readSize) {
        const auto result = framer.feed(stream.sliced(at, qMin(readSize, stream.size() - at)));
        FUZZ_CHECK(result.completedRequests >= 0);
        FUZZ_CHECK(result.status == 0 || (result.status >= 400 && result.status < 600));
        outcome.status = result.status;
        outcome.completed += result.completedRequests;
    }
    outcome.inRequest = framer.inRequest();
    return outcome;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t knobs = data[0];
    const QByteArrayView stream(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    // Small limits as well as the defaults, so the fuzzer reaches 413 and 431 with short inputs.
    HttpLimits limits;
    if (knobs & 0x80) {
        limits.maxHeaderBytes = 16 + (knobs & 0x0f) * 16;
        limits.maxBodyBytes = (knobs & 0x70) * 4;
    }
    const qsizetype readSize = 1 + (knobs & 0x07) * 3;

    const Outcome whole = frame(limits, stream, qMax<qsizetype>(1, stream.size()));
    const Outcome pieces = frame(limits, stream, readSize);
    FUZZ_CHECK(whole.status == pieces.status);
    FUZZ_CHECK(whole.completed == pieces.completed);
    if (whole.status == 0)
        FUZZ_CHECK(whole.inRequest == pieces.inRequest);
    return 0;
}
