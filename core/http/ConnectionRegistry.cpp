// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/http/ConnectionRegistry.h"

namespace rmx::http {

ConnectionRegistry::Admission ConnectionRegistry::admit(int worker, int maxConnections)
{
    QMutexLocker lock(&m_mutex);
    Admission admission;
    if (int(m_workerOf.size()) >= maxConnections) {
        if (m_unserved.empty())
            return admission; // everyone at the cap is a served client: refuse the newcomer
        const quint64 victim = *m_unserved.begin();
        admission.evictedId = victim;
        admission.evictedWorker = m_workerOf[victim];
        m_unserved.erase(victim);
        m_workerOf.erase(victim);
    }
    admission.admitted = true;
    admission.id = m_nextId++;
    m_workerOf.emplace(admission.id, worker);
    m_unserved.insert(admission.id);
    return admission;
}

void ConnectionRegistry::markServed(quint64 id)
{
    QMutexLocker lock(&m_mutex);
    m_unserved.erase(id);
}

void ConnectionRegistry::remove(quint64 id)
{
    QMutexLocker lock(&m_mutex);
    m_unserved.erase(id);
    m_workerOf.erase(id);
}

int ConnectionRegistry::count() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_workerOf.size());
}

} // namespace rmx::http
