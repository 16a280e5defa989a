<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BackupCommand</name>
    <message>
        <location filename="../core/cli/BackupCommand.cpp" line="+17"/>
        <source>Usage: remixcrm %1 FILE</source>
        <translation>Uso: remixcrm %1 ARCHIVO</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup failed: %1</source>
        <translation>La copia de seguridad ha fallado: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Backed up %n lead(s) to %1.</source>
        <translation>
            <numerusform>Se ha guardado %n solicitud en %1.</numerusform>
            <numerusform>Se han guardado %n solicitudes en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore refused: %1</source>
        <translation>Restauración rechazada: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Restored %n lead(s) from %1.</source>
        <translation>
            <numerusform>Se ha restaurado %n solicitud desde %1.</numerusform>
            <numerusform>Se han restaurado %n solicitudes desde %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The previous database was kept as %1.</source>
        <translation>La base de datos anterior se ha conservado como %1.</translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <location filename="../core/server/BackupManager.cpp" line="+92"/>
        <source>there is no database in this data directory yet</source>
        <translation>todavía no hay ninguna base de datos en esta carpeta de datos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already exists; choose a new file name</source>
        <translation>%1 ya existe; elige otro nombre de archivo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the folder of %1 does not exist</source>
        <translation>la carpeta de %1 no existe</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the snapshot could not be written (disk full or not writable?)</source>
        <translation>no se ha podido escribir la copia (¿disco lleno o sin permiso de escritura?)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the backup could not be flushed to disk</source>
        <translation>no se ha podido guardar la copia en el disco</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 could not be created</source>
        <translation>no se ha podido crear %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not a file</source>
        <translation>%1 no es un archivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a readable database</source>
        <translation>%1 no es una base de datos legible</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a RemixCRM backup (not an SQLite database)</source>
        <translation>%1 no es una copia de seguridad de RemixCRM (no es una base de datos SQLite)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is damaged: the integrity check failed</source>
        <translation>%1 está dañado: la comprobación de integridad ha fallado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 was written by a newer RemixCRM; update first</source>
        <translation>%1 procede de una versión más reciente de RemixCRM; actualiza primero</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a RemixCRM database</source>
        <translation>%1 no es una base de datos de RemixCRM</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>that file is the current database</source>
        <translation>ese archivo es la base de datos actual</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the backup could not be copied into the data directory</source>
        <translation>no se ha podido copiar la copia de seguridad en la carpeta de datos</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the current database could not be set aside</source>
        <translation>no se ha podido apartar la base de datos actual</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the restored database could not be put in place</source>
        <translation>no se ha podido colocar la base de datos restaurada</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the backups folder could not be created</source>
        <translation>no se ha podido crear la carpeta de copias de seguridad</translation>
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
        <translation>Uso: remixcrm [opciones] [comando]

Sin comando, RemixCRM abre su ventana (o se ejecuta sin ventana si no hay
pantalla) y recibe solicitudes.

Opciones:
  --headless             Ejecutar el receptor de solicitudes sin ventana.
  --data-dir DIR         Carpeta con la base de datos (predeterminada: la carpeta de
                         datos de la aplicación del usuario o $REMIXCRM_DATA_DIR).
  --listen HOST:PORT     Dirección en la que escuchar (predeterminada: el ajuste
                         «listen», 127.0.0.1:8088).
  --public-url URL       URL base pública, p. ej. la de tu túnel, usada en lead_url.
  -h, --help             Mostrar esta ayuda.
  -v, --version          Mostrar la versión.

Comandos:
  keys create --name NAME   Crear una clave de API; se muestra una sola vez, en la
                            última línea.
  keys list                 Listar las claves de API (prefijo, nombre, creación,
                            último uso, revocación).
  keys revoke PREFIX        Revocar una clave; el servidor en marcha la rechaza al
                            instante.
  config get KEY            Mostrar un ajuste.
  config set KEY VALUE      Cambiar un ajuste.
  config list               Listar todos los ajustes con su valor.
  backup FILE               Escribir una copia coherente de la base de datos en FILE,
                            también con RemixCRM en marcha.
  restore FILE              Sustituir la base de datos por la copia de seguridad FILE
                            (RemixCRM no debe estar en marcha con esta carpeta de datos).
</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <location filename="../core/server/InstanceLock.cpp" line="+25"/>
        <source>RemixCRM is already running on this data directory (process %1). Stop it first, or use another --data-dir.</source>
        <translation>RemixCRM ya está en marcha con esta carpeta de datos (proceso %1). Detenlo primero o usa otro --data-dir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RemixCRM is already running on this data directory.</source>
        <translation>RemixCRM ya está en marcha con esta carpeta de datos.</translation>
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
        <translation>Tu bandeja de solicitudes está lista.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starting the lead listener…</source>
        <translation>Iniciando el receptor de solicitudes…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listening on %1</source>
        <translation>Escuchando en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead listener stopped: %1</source>
        <translation>Receptor de solicitudes detenido: %1</translation>
    </message>
</context>
</TS>
