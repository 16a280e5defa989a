// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/capture/FormTranslator.h"

#include <QFile>
#include <QHash>
#include <QMutex>
#include <QTranslator>

#include <memory>

namespace rmx::capture {

namespace {
constexpr const char *Context = "HostedForm";

struct Translators
{
    QMutex mutex;
    QHash<QString, std::shared_ptr<QTranslator>> loaded;
};

Translators &translators()
{
    static Translators instance;
    return instance;
}

std::shared_ptr<QTranslator> translatorFor(const QString &language)
{
    Translators &t = translators();
    QMutexLocker lock(&t.mutex);
    if (auto it = t.loaded.constFind(language); it != t.loaded.constEnd())
        return *it;
    // Only successful loads are kept: a translation registered later (a resource loaded at run
    // time) is still found. A missing one costs a lookup in the in-memory resource tree.
    const QString path = QStringLiteral(":/i18n/remixcrm_%1.qm").arg(language);
    if (!QFile::exists(path))
        return nullptr;
    auto translator = std::make_shared<QTranslator>();
    if (!translator->load(path))
        return nullptr;
    t.loaded.insert(language, translator);
    return translator;
}
} // namespace

const QStringList &FormTranslator::shippedLanguages()
{
    static const QStringList languages
        = {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr")};
    return languages;
}

bool FormTranslator::isAvailable(const QString &language)
{
    if (language == u"en")
        return true;
    return shippedLanguages().contains(language) && translatorFor(language) != nullptr;
}

QString FormTranslator::pick(const QByteArray &acceptLanguage)
{
    QString best = QStringLiteral("en");
    double bestQ = 0;
    for (const QByteArray &item : acceptLanguage.split(',')) {
        const QList<QByteArray> parts = item.split(';');
        const QString range = QString::fromLatin1(parts.value(0).trimmed()).toLower();
        double q = 1.0;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray param = parts.at(i).trimmed();
            if (param.startsWith("q=")) {
                bool ok = false;
                q = param.mid(2).toDouble(&ok);
                if (!ok)
                    q = 0;
            }
        }
        const QString primary = range.section(u'-', 0, 0);
        if (q > bestQ && isAvailable(primary)) {
            best = primary;
            bestQ = q;
        }
    }
    return best;
}

QString FormTranslator::translate(const QString &language, const char *source)
{
    if (language != u"en") {
        if (const auto translator = translatorFor(language)) {
            const QString text = translator->translate(Context, source);
            if (!text.isEmpty())
                return text;
        }
    }
    return QString::fromUtf8(source);
}

} // namespace rmx::capture
