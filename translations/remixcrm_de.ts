<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BackupCommand</name>
    <message>
        <location filename="../core/cli/BackupCommand.cpp" line="+17"/>
        <source>Usage: remixcrm %1 FILE</source>
        <translation>Aufruf: remixcrm %1 DATEI</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup failed: %1</source>
        <translation>Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Backed up %n lead(s) to %1.</source>
        <translation>
            <numerusform>%n Anfrage wurde in %1 gesichert.</numerusform>
            <numerusform>%n Anfragen wurden in %1 gesichert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore refused: %1</source>
        <translation>Wiederherstellung abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Restored %n lead(s) from %1.</source>
        <translation>
            <numerusform>%n Anfrage wurde aus %1 wiederhergestellt.</numerusform>
            <numerusform>%n Anfragen wurden aus %1 wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The previous database was kept as %1.</source>
        <translation>Die bisherige Datenbank wurde als %1 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <location filename="../core/server/BackupManager.cpp" line="+92"/>
        <source>there is no database in this data directory yet</source>
        <translation>in diesem Datenordner gibt es noch keine Datenbank</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already exists; choose a new file name</source>
        <translation>%1 existiert bereits; wählen Sie einen neuen Dateinamen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the folder of %1 does not exist</source>
        <translation>der Ordner von %1 existiert nicht</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the snapshot could not be written (disk full or not writable?)</source>
        <translation>die Sicherung konnte nicht geschrieben werden (Datenträger voll oder schreibgeschützt?)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the backup could not be flushed to disk</source>
        <translation>die Sicherung konnte nicht auf den Datenträger geschrieben werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 could not be created</source>
        <translation>%1 konnte nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not a file</source>
        <translation>%1 ist keine Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a readable database</source>
        <translation>%1 ist keine lesbare Datenbank</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a RemixCRM backup (not an SQLite database)</source>
        <translation>%1 ist keine RemixCRM-Sicherung (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is damaged: the integrity check failed</source>
        <translation>%1 ist beschädigt: die Integritätsprüfung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 was written by a newer RemixCRM; update first</source>
        <translation>%1 stammt von einer neueren RemixCRM-Version; bitte zuerst aktualisieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a RemixCRM database</source>
        <translation>%1 ist keine RemixCRM-Datenbank</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>that file is the current database</source>
        <translation>diese Datei ist die aktuelle Datenbank</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the backup could not be copied into the data directory</source>
        <translation>die Sicherung konnte nicht in den Datenordner kopiert werden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the current database could not be set aside</source>
        <translation>die aktuelle Datenbank konnte nicht beiseitegelegt werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the restored database could not be put in place</source>
        <translation>die wiederhergestellte Datenbank konnte nicht an ihren Platz gelegt werden</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the backups folder could not be created</source>
        <translation>der Sicherungsordner konnte nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../core/cli/CommandLine.cpp" line="+37"/>
        <source>Usage: remixcrm [options] [command]

Without a command, RemixCRM opens its window (or runs headless when there is no
display) and listens for leads.

Options:
  --headless             Run the lead listener without a window.
  --data-dir DIR         Folder holding the database (default: the user&apos;s app
                         data folder, or $REMIXCRM_DATA_DIR).
  --listen HOST:PORT     Address to listen on (default: the &apos;listen&apos; setting,
                         127.0.0.1:8088).
  --public-url URL       Public base URL, e.g. your tunnel&apos;s, used in lead_url.
  -h, --help             Show this help.
  -v, --version          Show the version.

Commands:
  keys create --name NAME   Create an API key; it is printed once, on the last line.
  keys list                 List API keys (prefix, name, created, last used, revoked).
  keys revoke PREFIX        Revoke a key; the running server refuses it at once.
  config get KEY            Print a setting.
  config set KEY VALUE      Change a setting.
  config list               List every setting with its value.
  backup FILE               Write a consistent copy of the database to FILE, also
                            while RemixCRM is running.
  restore FILE              Replace the database with the backup FILE (RemixCRM
                            must not be running on this data directory).
</source>
        <translation>Aufruf: remixcrm [Optionen] [Befehl]

Ohne Befehl öffnet RemixCRM sein Fenster (oder läuft ohne Fenster, wenn kein
Bildschirm vorhanden ist) und nimmt Anfragen entgegen.

Optionen:
  --headless             Den Anfragen-Empfang ohne Fenster ausführen.
  --data-dir DIR         Ordner mit der Datenbank (Standard: der Anwendungsdaten-
                         ordner des Benutzers oder $REMIXCRM_DATA_DIR).
  --listen HOST:PORT     Adresse, auf der gelauscht wird (Standard: die Einstellung
                         „listen“, 127.0.0.1:8088).
  --public-url URL       Öffentliche Basis-URL, z. B. die Ihres Tunnels, für lead_url.
  -h, --help             Diese Hilfe anzeigen.
  -v, --version          Die Version anzeigen.

Befehle:
  keys create --name NAME   API-Schlüssel erstellen; er wird einmalig in der letzten
                            Zeile ausgegeben.
  keys list                 API-Schlüssel auflisten (Präfix, Name, erstellt, zuletzt
                            verwendet, widerrufen).
  keys revoke PREFIX        Schlüssel widerrufen; der laufende Server lehnt ihn sofort ab.
  config get KEY            Eine Einstellung ausgeben.
  config set KEY VALUE      Eine Einstellung ändern.
  config list               Alle Einstellungen mit ihren Werten auflisten.
  backup FILE               Eine konsistente Kopie der Datenbank in FILE schreiben,
                            auch während RemixCRM läuft.
  restore FILE              Die Datenbank durch die Sicherung FILE ersetzen (RemixCRM
                            darf dabei nicht mit diesem Datenordner laufen).
</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <location filename="../core/server/InstanceLock.cpp" line="+25"/>
        <source>RemixCRM is already running on this data directory (process %1). Stop it first, or use another --data-dir.</source>
        <translation>RemixCRM läuft bereits mit diesem Datenordner (Prozess %1). Beenden Sie es zuerst oder verwenden Sie einen anderen --data-dir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RemixCRM is already running on this data directory.</source>
        <translation>RemixCRM läuft bereits mit diesem Datenordner.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/DesktopApp.cpp" line="+16"/>
        <location line="+6"/>
        <source>RemixCRM</source>
        <translation>RemixCRM</translation>
    </message>
</context>
<context>
    <name>rmx::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+14"/>
        <source>RemixCRM</source>
        <translation>RemixCRM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your lead inbox is ready.</source>
        <translation>Ihr Anfragen-Posteingang ist bereit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starting the lead listener…</source>
        <translation>Anfragen-Empfang wird gestartet …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listening on %1</source>
        <translation>Empfangsbereit auf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead listener stopped: %1</source>
        <translation>Anfragen-Empfang angehalten: %1</translation>
    </message>
</context>
</TS>
