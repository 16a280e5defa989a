// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/http/AcceptHeader.h"

namespace rmx::http {

namespace {
constexpr int MaxRanges = 64; // more than any real client sends; the rest are ignored
}

AcceptHeader::AcceptHeader(const QByteArray &value)
{
    int position = 0;
    for (const QByteArray &item : value.split(',')) {
        if (m_ranges.size() == MaxRanges)
            break;
        const QList<QByteArray> params = item.split(';');
        const QByteArray mediaRange = params.first().trimmed().toLower();
        const qsizetype slash = mediaRange.indexOf('/');
        if (slash <= 0 || slash == mediaRange.size() - 1)
            continue;
        Range range;
        range.type = mediaRange.left(slash);
        range.subtype = mediaRange.mid(slash + 1);
        if (range.type == "*" && range.subtype != "*")
            continue; // "*/html" is not a media range
        range.position = position++;
        for (qsizetype i = 1; i < params.size(); ++i) {
            const QByteArray param = params.at(i).trimmed();
            if (param.size() > 2 && (param[0] == 'q' || param[0] == 'Q') && param[1] == '=') {
                bool ok = false;
                const double q = param.mid(2).toDouble(&ok);
                range.q = ok ? qBound(0.0, q, 1.0) : 0.0;
            }
        }
        m_ranges.append(range);
    }
}

AcceptHeader::Match AcceptHeader::match(const QByteArray &offered) const
{
    const qsizetype slash = offered.indexOf('/');
    const QByteArray type = offered.left(slash);
    const QByteArray subtype = offered.mid(slash + 1);
    Match best;
    int bestSpecificity = -1;
    for (const Range &range : m_ranges) {
        int specificity = -1;
        if (range.type == type && range.subtype == subtype)
            specificity = 2;
        else if (range.type == type && range.subtype == "*")
            specificity = 1;
        else if (range.type == "*")
            specificity = 0;
        if (specificity > bestSpecificity) {
            bestSpecificity = specificity;
            best = {range.q, range.position};
        }
    }
    return best;
}

double AcceptHeader::quality(const QByteArray &type) const
{
    return match(type).q;
}

QByteArray AcceptHeader::choose(const QList<QByteArray> &offered) const
{
    if (offered.isEmpty())
        return {};
    QByteArray chosen = offered.first();
    Match best = match(chosen);
    for (qsizetype i = 1; i < offered.size(); ++i) {
        const Match candidate = match(offered.at(i));
        if (candidate.q > best.q
            || (candidate.q == best.q && candidate.q > 0 && candidate.position < best.position)) {
            chosen = offered.at(i);
            best = candidate;
        }
    }
    return chosen;
}

} // namespace rmx::http
