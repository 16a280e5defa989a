// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/LogFormat.h"

#include <QByteArray>

namespace rmx {

/// Tags every log line written on this thread while it lives with a request id, so the
/// request_id field of the headless log matches the X-Request-Id the client received.
class RequestLogScope final
{
public:
    explicit RequestLogScope(const QByteArray &requestId)
        : m_previous(LogFormat::currentRequestId())
    {
        LogFormat::setCurrentRequestId(requestId);
    }
    ~RequestLogScope() { LogFormat::setCurrentRequestId(m_previous); }
    Q_DISABLE_COPY_MOVE(RequestLogScope)

private:
    QByteArray m_previous;
};

} // namespace rmx
