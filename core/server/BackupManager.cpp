// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/BackupManager.h"

#include "core/server/DataDirectory.h"
#include "core/server/InstanceLock.h"
#include "core/store/DbConnection.h"
#include "core/store/SchemaMigrator.h"
#include "core/util/SecureRandom.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcBackup, "remixcrm.backup", QtInfoMsg)

namespace rmx::server {

namespace {
// Messages reach the user (CLI, desktop app) in their language.
QString message(const char *text)
{
    return QCoreApplication::translate("BackupManager", text);
}

const QString AutomaticPrefix = QStringLiteral("remixcrm-");
const QString AutomaticSuffix = QStringLiteral(".db");
constexpr QFile::Permissions PrivateFile = QFile::ReadOwner | QFile::WriteOwner;

// rename() only promises the new name once the data itself is on disk.
bool syncFile(const QString &path)
{
#if defined(Q_OS_UNIX)
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.flush();
#endif
}

void syncDirectory(const QString &path)
{
#if defined(Q_OS_UNIX)
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path)
#endif
}

QString temporarySibling(const QString &target, const char *what)
{
    return target + QLatin1StringView(what) + QString::fromLatin1(SecureRandom::bytes(6).toHex());
}

void removeSidecars(const QString &databasePath)
{
    QFile::remove(databasePath + QStringLiteral("-wal"));
    QFile::remove(databasePath + QStringLiteral("-shm"));
    QFile::remove(databasePath + QStringLiteral("-journal"));
}

bool vacuumInto(const QString &databasePath, const QString &target, store::DbConnection::Mode mode)
{
    store::DbConnection connection(databasePath, QStringLiteral("snapshot"), mode);
    if (!connection.isOpen()) {
        qCWarning(lcBackup).noquote() << "snapshot failed:" << connection.errorString();
        return false;
    }
    QSqlQuery q(connection.db());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (!q.exec()) {
        qCWarning(lcBackup).noquote() << "snapshot failed:" << q.lastError().driverText();
        QFile::remove(target);
        return false;
    }
    return true;
}

qint64 countLeads(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM leads")) && q.next())
        return q.value(0).toLongLong();
    return -1;
}
} // namespace

BackupManager::Result BackupManager::backup(const QString &databasePath, const QString &target)
{
    Result result;
    if (!QFileInfo::exists(databasePath)) {
        result.error = message(
            QT_TRANSLATE_NOOP("BackupManager", "there is no database in this data directory yet"));
        return result;
    }
    if (QFileInfo::exists(target)) {
        result.error = message(QT_TRANSLATE_NOOP("BackupManager",
                                                 "%1 already exists; choose a new file name"))
                           .arg(target);
        return result;
    }
    const QFileInfo targetInfo(target);
    if (!targetInfo.absoluteDir().exists()) {
        result.error
            = message(QT_TRANSLATE_NOOP("BackupManager", "the folder of %1 does not exist"))
                  .arg(target);
        return result;
    }
    const QString part = temporarySibling(targetInfo.absoluteFilePath(), ".part-");
    // A connection of its own: VACUUM INTO reads one consistent snapshot (a WAL read
    // transaction) while the writer keeps committing, and never blocks it.
    if (!vacuumInto(databasePath, part, store::DbConnection::Mode::ReadWrite)) {
        QFile::remove(part);
        result.error = message(QT_TRANSLATE_NOOP(
            "BackupManager", "the snapshot could not be written (disk full or not writable?)"));
        return result;
    }
    QFile::setPermissions(part, PrivateFile);
    if (!syncFile(part)) {
        QFile::remove(part);
        result.error = message(
            QT_TRANSLATE_NOOP("BackupManager", "the backup could not be flushed to disk"));
        return result;
    }
    const Result check = verify(part);
    if (!check.ok()) {
        QFile::remove(part);
        result.error = check.error;
        return result;
    }
    if (!QFile::rename(part, targetInfo.absoluteFilePath())) {
        QFile::remove(part);
        result.error
            = message(QT_TRANSLATE_NOOP("BackupManager", "%1 could not be created")).arg(target);
        return result;
    }
    syncDirectory(targetInfo.absolutePath());
    result.leads = check.leads;
    return result;
}

BackupManager::Result BackupManager::verify(const QString &file)
{
    Result result;
    if (!QFileInfo(file).isFile()) {
        result.error = message(QT_TRANSLATE_NOOP("BackupManager", "%1 is not a file")).arg(file);
        return result;
    }
    store::DbConnection connection(file, QStringLiteral("verify"),
                                   store::DbConnection::Mode::ReadOnly);
    if (!connection.isOpen()) {
        result.error = message(QT_TRANSLATE_NOOP("BackupManager", "%1 is not a readable database"))
                           .arg(file);
        return result;
    }
    QSqlQuery q(connection.db());
    QStringList problems;
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        result.error
            = message(QT_TRANSLATE_NOOP("BackupManager",
                                        "%1 is not a RemixCRM backup (not an SQLite database)"))
                  .arg(file);
        return result;
    }
    while (q.next())
        problems.append(q.value(0).toString());
    if (problems != QStringList {QStringLiteral("ok")}) {
        qCWarning(lcBackup).noquote() << "integrity check failed:" << problems.join(u"; ");
        result.error = message(QT_TRANSLATE_NOOP("BackupManager",
                                                 "%1 is damaged: the integrity check failed"))
                           .arg(file);
        return result;
    }
    int version = -1;
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        version = q.value(0).toInt();
    if (version > store::SchemaMigrator::latestVersion()) {
        result.error
            = message(QT_TRANSLATE_NOOP("BackupManager",
                                        "%1 was written by a newer RemixCRM; update first"))
                  .arg(file);
        return result;
    }
    result.leads = countLeads(connection.db());
    if (version < 1 || result.leads < 0) {
        result.error = message(QT_TRANSLATE_NOOP("BackupManager", "%1 is not a RemixCRM database"))
                           .arg(file);
        return result;
    }
    return result;
}

BackupManager::Result BackupManager::restore(const QString &file, const QString &dataDir)
{
    Result result;
    const QString source = QFileInfo(file).absoluteFilePath();
    if (const QString error = DataDirectory::ensure(dataDir); !error.isEmpty()) {
        result.error = error;
        return result;
    }
    // Held until the end, so no server can start on a half-restored directory.
    InstanceLock lock(dataDir);
    if (QString error; !lock.tryLock(&error)) {
        result.error = error;
        return result;
    }
    const Result check = verify(source);
    if (!check.ok())
        return check;

    const QString database = DataDirectory::databasePath(dataDir);
    if (QFileInfo(source) == QFileInfo(database)) {
        result.error
            = message(QT_TRANSLATE_NOOP("BackupManager", "that file is the current database"));
        return result;
    }
    const QString part = temporarySibling(database, ".restore-");
    // A snapshot rather than a file copy: a backup that is itself a live database brings the
    // contents of its write-ahead log along, which copying the main file alone would lose.
    if (!vacuumInto(source, part, store::DbConnection::Mode::ReadOnly) || !syncFile(part)) {
        QFile::remove(part);
        result.error = message(QT_TRANSLATE_NOOP(
            "BackupManager", "the backup could not be copied into the data directory"));
        return result;
    }
    QFile::setPermissions(part, PrivateFile);

    if (QFileInfo::exists(database)) {
        // Fold the write-ahead log into the old file first, so the copy kept is complete.
        {
            store::DbConnection old(database, QStringLiteral("restore"));
            if (old.isOpen())
                QSqlQuery(old.db()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        result.keptAs = database + QStringLiteral(".before-restore-")
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (!QFile::rename(database, result.keptAs)) {
            QFile::remove(part);
            result.error = message(
                QT_TRANSLATE_NOOP("BackupManager", "the current database could not be set aside"));
            return result;
        }
    }
    // A log left by the old database would be replayed into the restored one: delete it.
    removeSidecars(database);
    if (!QFile::rename(part, database)) {
        if (!result.keptAs.isEmpty())
            QFile::rename(result.keptAs, database);
        QFile::remove(part);
        result.error = message(
            QT_TRANSLATE_NOOP("BackupManager", "the restored database could not be put in place"));
        return result;
    }
    syncDirectory(dataDir);
    result.leads = check.leads;
    return result;
}

QString BackupManager::automaticDirectory(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("backups"));
}

QList<QFileInfo> BackupManager::automaticBackups(const QString &dataDir)
{
    const QDir dir(automaticDirectory(dataDir));
    // Names hold the UTC time, so name order is age order; other files are never touched.
    QList<QFileInfo> found;
    const auto entries = dir.entryInfoList({AutomaticPrefix + u'*' + AutomaticSuffix}, QDir::Files,
                                           QDir::Name | QDir::Reversed);
    for (const QFileInfo &info : entries) {
        const QString stamp
            = info.fileName().mid(AutomaticPrefix.size()).chopped(AutomaticSuffix.size());
        if (QDateTime::fromString(stamp, QStringLiteral("yyyyMMdd-HHmmss")).isValid())
            found.append(info);
    }
    return found;
}

BackupManager::Result BackupManager::backupAutomatically(const QString &dataDir, int keep,
                                                         const QDateTime &now)
{
    Result result;
    const QString folder = automaticDirectory(dataDir);
    if (!QDir().mkpath(folder)) {
        result.error = message(
            QT_TRANSLATE_NOOP("BackupManager", "the backups folder could not be created"));
        return result;
    }
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString name = AutomaticPrefix + now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"))
        + AutomaticSuffix;
    result = backup(DataDirectory::databasePath(dataDir), QDir(folder).filePath(name));
    if (!result.ok())
        return result;
    const QList<QFileInfo> backups = automaticBackups(dataDir);
    for (qsizetype i = qMax(keep, 1); i < backups.size(); ++i)
        QFile::remove(backups.at(i).absoluteFilePath());
    return result;
}

} // namespace rmx::server
