// SPDX-License-Identifier: GPL-3.0-or-later
// A CSV file as the import reads it: every record through CsvReader (UTF-8 or Windows-1252,
// ',' or ';', quoted fields), the column guess on the header and the date-format guess on the
// column it maps to event_date. The file is read twice: from a buffer, and through a device
// that hands out a few bytes per read, as a pipe may.
#include "core/leads/CsvReader.h"
#include "core/leads/LeadCsvImporter.h"

#include "tests/fuzz/FuzzCheck.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

using rmx::leads::CsvReader;
using rmx::leads::LeadCsvImporter;

namespace {
/// A sequential device that returns at most `step` bytes per read.
class TrickleDevice final : public QIODevice
{
public:
    TrickleDevice(QByteArray bytes, qint64 step)
        : m_bytes(std::move(bytes))
        , m_step(step)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(qMin(maxSize, m_step), qint64(m_bytes.size()) - m_at);
        if (n <= 0)
            return -1;
        memcpy(data, m_bytes.constData() + m_at, size_t(n));
        m_at += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_step;
    qint64 m_at = 0;
};

QList<QStringList> readAll(QIODevice *device, qint64 size)
{
    CsvReader reader(device);
    QList<QStringList> records;
    QStringList record;
    qint64 last = 0;
    while (reader.next(&record)) {
        FUZZ_CHECK(!record.isEmpty());
        FUZZ_CHECK(reader.position() >= last && reader.position() <= size);
        last = reader.position();
        records.append(record);
    }
    return records;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const qint64 step = 1 + data[0] % 16;
    const QByteArray file(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    QByteArray copy = file;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    const QList<QStringList> records = readAll(&buffer, file.size());

    TrickleDevice trickle(file, step);
    readAll(&trickle, file.size());

    if (records.isEmpty())
        return 0;
    const LeadCsvImporter::Mapping mapping = LeadCsvImporter::guessMapping(records.first());
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        FUZZ_CHECK(LeadCsvImporter::fields().contains(it.key()));
        FUZZ_CHECK(it.value() >= 0 && it.value() < records.first().size());
    }
    const int dateColumn = mapping.value(QStringLiteral("event_date"), -1);
    QStringList dates;
    for (qsizetype row = 1; row < records.size(); ++row)
        dates.append(records[row].value(dateColumn));
    for (const bool monthFirst : {false, true}) {
        const QString format = LeadCsvImporter::guessDateFormat(dates, monthFirst);
        FUZZ_CHECK(LeadCsvImporter::dateFormats().contains(format));
    }
    return 0;
}
