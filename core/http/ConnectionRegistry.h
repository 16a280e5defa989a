// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>

#include <map>
#include <set>

namespace rmx::http {

/// Counts the listener's open connections across all its threads and picks which one to evict
/// at the cap: the oldest that has not yet sent a complete request. Served keep-alive clients
/// are never evicted for a newcomer, and idle or trickling sockets can never lock real clients
/// out. Thread-safe.
class ConnectionRegistry final
{
public:
    struct Admission
    {
        bool admitted = false;
        quint64 id = 0;
        quint64 evictedId = 0; // non-zero: this connection must be closed to make room
        int evictedWorker = -1;
    };

    Admission admit(int worker, int maxConnections);
    void markServed(quint64 id);
    void remove(quint64 id);
    int count() const;

private:
    mutable QMutex m_mutex;
    quint64 m_nextId = 1;
    std::map<quint64, int> m_workerOf; // id -> worker index, ordered by age
    std::set<quint64> m_unserved; // ids that have not sent a complete request yet
};

} // namespace rmx::http
