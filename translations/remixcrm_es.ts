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
        <location filename="../core/server/BackupManager.cpp" line="+110"/>
        <source>there is no database in this data directory yet</source>
        <translation>todavía no hay ninguna base de datos en esta carpeta de datos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already exists; choose a new file name</source>
        <translation>%1 ya existe; elija otro nombre de archivo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the folder of %1 does not exist</source>
        <translation>la carpeta de %1 no existe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the snapshot could not be written (disk full or not writable?)</source>
        <translation>no se ha podido escribir la copia (¿disco lleno o sin permiso de escritura?)</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+8"/>
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
        <translation type="vanished">Uso: remixcrm [opciones] [comando]

Sin comando, RemixCRM abre su ventana (o se ejecuta sin ventana si no hay
pantalla) y recibe solicitudes.

Opciones:
  --headless             Ejecutar el receptor de solicitudes sin ventana.
  --data-dir DIR         Carpeta con la base de datos (predeterminada: la carpeta de
                         datos de la aplicación del usuario o $REMIXCRM_DATA_DIR).
  --listen HOST:PORT     Dirección en la que escuchar (predeterminada: el ajuste
                         «listen», 127.0.0.1:8088).
  --public-url URL       URL base pública, p. ej. la de su túnel, usada en lead_url.
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
    <message>
        <location filename="../core/cli/CommandLine.cpp" line="+61"/>
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
  --open LEAD            Open the window on a lead (its id or lead_url).
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
  webhooks add URL --events a,b [--secret S]
                            Send events (lead.created, lead.updated, contact.created,
                            contact.updated or *) to URL; prints the id and, when no
                            secret was given, the generated signing secret.
  webhooks list             List webhooks (never their secrets).
  webhooks remove ID        Remove a webhook.
  webhooks enable ID | disable ID
                            Turn a webhook on again (e.g. after it was disabled for
                            failing) or off.
  webhooks test ID          Send a signed ping event and show the answer.
  webhooks deliveries ID    Show the latest deliveries and their results.
  webhooks redeliver DELIVERY | redeliver ID --since TIME
                            Send one delivery again, or every failed one since TIME.
</source>
        <translation>Uso: remixcrm [opciones] [comando]

Sin comando, RemixCRM abre su ventana (o se ejecuta sin ventana si no hay
pantalla) y recibe solicitudes.

Opciones:
  --headless             Ejecutar el receptor de solicitudes sin ventana.
  --data-dir DIR         Carpeta con la base de datos (predeterminada: la
                         carpeta de datos de la aplicación del usuario o
                         $REMIXCRM_DATA_DIR).
  --listen HOST:PORT     Dirección en la que escuchar (predeterminada: el
                         ajuste «listen», 127.0.0.1:8088).
  --public-url URL       URL base pública, p. ej. la del túnel, usada en
                         lead_url.
  --open LEAD            Abrir la ventana en una solicitud (su id o lead_url).
  -h, --help             Mostrar esta ayuda.
  -v, --version          Mostrar la versión.

Comandos:
  keys create --name NAME   Crear una clave de API; se muestra una sola vez, en
                            la última línea.
  keys list                 Listar las claves de API (prefijo, nombre, creación,
                            último uso, revocación).
  keys revoke PREFIX        Revocar una clave; el servidor en marcha la rechaza
                            al instante.
  config get KEY            Mostrar un ajuste.
  config set KEY VALUE      Cambiar un ajuste.
  config list               Listar todos los ajustes con su valor.
  backup FILE               Escribir una copia coherente de la base de datos en
                            FILE, también con RemixCRM en marcha.
  restore FILE              Sustituir la base de datos por la copia de seguridad
                            FILE (RemixCRM no debe estar en marcha con esta
                            carpeta de datos).
  webhooks add URL --events a,b [--secret S]
                            Enviar eventos (lead.created, lead.updated,
                            contact.created, contact.updated o *) a URL; muestra
                            el id y, si no se indicó ningún secreto, el secreto
                            de firma generado.
  webhooks list             Listar los webhooks (nunca sus secretos).
  webhooks remove ID        Eliminar un webhook.
  webhooks enable ID | disable ID
                            Volver a activar un webhook (p. ej. después de que
                            se desactivara por fallos) o desactivarlo.
  webhooks test ID          Enviar un evento ping firmado y ver la respuesta.
  webhooks deliveries ID    Mostrar las últimas entregas y sus resultados.
  webhooks redeliver DELIVERY | redeliver ID --since TIME
                            Volver a enviar una entrega o todas las fallidas
                            desde TIME.
</translation>
    </message>
</context>
<context>
    <name>HostedForm</name>
    <message>
        <location filename="../core/capture/HostedForm.cpp" line="+17"/>
        <source>Tell us about your event</source>
        <translation>Cuéntenos sobre su evento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share a few details and we will get back to you shortly.</source>
        <translation>Compártanos algunos detalles y nos pondremos en contacto con usted muy pronto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event date</source>
        <translation>Fecha del evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of event</source>
        <translation>Tipo de evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one</source>
        <translation>Elija una opción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Venue, number of guests, what you have in mind…</source>
        <translation>Lugar, número de invitados, lo que tiene en mente…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send inquiry</source>
        <translation>Enviar consulta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your details are only used to answer your inquiry.</source>
        <translation>Sus datos solo se utilizarán para responder a su consulta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave this field empty</source>
        <translation>Deje este campo vacío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please check the highlighted fields:</source>
        <translation>Por favor, revise los campos resaltados:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a valid email address, like name@example.com.</source>
        <translation>Indique una dirección de correo electrónico válida, como nombre@example.com.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your name.</source>
        <translation>Indique su nombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a phone number.</source>
        <translation>Indique un número de teléfono.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a valid event date.</source>
        <translation>Indique una fecha válida para el evento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shorten your message.</source>
        <translation>Por favor, acorte su mensaje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this field: %1.</source>
        <translation>Revise este campo: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you!</source>
        <translation>¡Muchas gracias!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your inquiry is on its way. We will get back to you as soon as we can.</source>
        <translation>Su consulta ya está en camino. Le responderemos lo antes posible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send another inquiry</source>
        <translation>Enviar otra consulta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please wait a moment</source>
        <translation>Espere un momento, por favor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We received many requests from your connection. Please try again in a minute.</source>
        <translation>Hemos recibido muchos envíos desde su conexión. Vuelva a intentarlo dentro de un minuto, por favor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Powered by RemixCRM</source>
        <translation>Con tecnología de RemixCRM</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <location filename="../core/server/InstanceLock.cpp" line="+25"/>
        <source>RemixCRM is already running on this data directory (process %1). Stop it first, or use another --data-dir.</source>
        <translation>RemixCRM ya está en marcha con esta carpeta de datos (proceso %1). Deténgalo primero o use otro --data-dir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RemixCRM is already running on this data directory.</source>
        <translation>RemixCRM ya está en marcha con esta carpeta de datos.</translation>
    </message>
</context>
<context>
    <name>LeadPresentation</name>
    <message>
        <location filename="../ui/LeadPresentation.cpp" line="+32"/>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacted</source>
        <translation>Contactada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quoted</source>
        <translation>Presupuestada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booked</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost</source>
        <translation>Perdida</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/DesktopApp.cpp" line="+19"/>
        <location line="+12"/>
        <source>RemixCRM</source>
        <translation>RemixCRM</translation>
    </message>
</context>
<context>
    <name>rmx::ui::ApiKeysPage</name>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="+28"/>
        <source>API keys let your website, Zapier, n8n or ad platforms send leads to &lt;code&gt;POST /api/v1/leads&lt;/code&gt;. Each key is shown once when it is created; only its prefix is kept visible.</source>
        <translation>Las claves de API permiten que su sitio web, Zapier, n8n o las plataformas de anuncios envíen solicitudes a &lt;code&gt;POST /api/v1/leads&lt;/code&gt;. Cada clave se muestra una sola vez, al crearla; después solo queda visible su prefijo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New API key…</source>
        <translation>&amp;Nueva clave de API…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revocar…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prefix</source>
        <translation>Prefijo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>API keys</source>
        <translation>Claves de API</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Revoke API key</source>
        <translation>Revocar clave de API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke %1? Anything still using it will be refused from the next request on. This cannot be undone.</source>
        <translation>¿Revocar %1? Todo lo que todavía la use será rechazado a partir de la próxima petición. Esta acción no se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>rmx::ui::ConnectPage</name>
    <message>
        <location filename="../ui/ConnectPage.cpp" line="+17"/>
        <source>&lt;h3&gt;Connect your website&lt;/h3&gt;&lt;p&gt;RemixCRM listens on this computer. To receive leads from the internet, run a tunnel (cloudflared, ngrok or Tailscale Funnel) to the listen address, then set the tunnel&apos;s URL as &lt;b&gt;public_url&lt;/b&gt; in Settings.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Conectar su sitio web&lt;/h3&gt;&lt;p&gt;RemixCRM escucha en este equipo. Para recibir solicitudes desde Internet, ejecute un túnel (cloudflared, ngrok o Tailscale Funnel) hacia la dirección de escucha y, a continuación, indique la URL del túnel como &lt;b&gt;public_url&lt;/b&gt; en Ajustes.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+35"/>
        <source># Send a lead with curl (replace rmx_yourkey with a key from the API Keys page)
</source>
        <translation># Enviar una solicitud con curl (sustituya rmx_yourkey por una clave de la página Claves de API)
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source># Zapier: Webhooks by Zapier → Custom Request
</source>
        <translation># Zapier: Webhooks by Zapier → Custom Request
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source># n8n: HTTP Request node
</source>
        <translation># n8n: nodo HTTP Request
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source># Your website: forward the form from your server, never from browser JavaScript
</source>
        <translation># Su sitio web: reenvíe el formulario desde su servidor, nunca desde JavaScript en el navegador
</translation>
    </message>
</context>
<context>
    <name>rmx::ui::CreateKeyDialog</name>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="+26"/>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New API key</source>
        <translation>Nueva clave de API</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the key a name that says where it is used, e.g. &quot;Website contact form&quot;.</source>
        <translation>Asigne a la clave un nombre que indique dónde se usa, p. ej., «Formulario de contacto del sitio web».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Key name</source>
        <translation>Nombre de la clave</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Copy this key now. You won&apos;t see it again.&lt;/b&gt;&lt;br&gt;RemixCRM keeps only a salted hash of it. Keep it on your server side: never put it in a web page&apos;s JavaScript.</source>
        <translation>&lt;b&gt;Copie esta clave ahora. No podrá volver a verla.&lt;/b&gt;&lt;br&gt;RemixCRM solo conserva un hash con sal de la clave. Guárdela en el lado del servidor: nunca la incluya en el JavaScript de una página web.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your new API key</source>
        <translation>Su nueva clave de API</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Done</source>
        <translation>&amp;Listo</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Please enter a name.</source>
        <translation>Indique un nombre.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The key could not be created. Try again.</source>
        <translation>No se ha podido crear la clave. Vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>rmx::ui::LeadEditor</name>
    <message>
        <location filename="../ui/LeadEditor.cpp" line="+51"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;First name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>&amp;Apellidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event &amp;date</source>
        <translation>&amp;Fecha del evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event &amp;type</source>
        <translation>Tipo de e&amp;vento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ource</source>
        <translation>&amp;Origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>Nota&amp;s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete lead</source>
        <translation>Eliminar solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the lead from %1? You can undo this right after.</source>
        <translation>¿Eliminar la solicitud de %1? Podrá deshacerlo justo después.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+23"/>
        <source>Select a lead to see it here.</source>
        <translation>Seleccione una solicitud para verla aquí.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Not saved: %1 (%2).</source>
        <translation>No se ha guardado: %1 (%2).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not saved: the lead could not be written. Try again.</source>
        <translation>No se ha guardado: no se ha podido escribir la solicitud. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date conflict: %1 is also taken by %2.</source>
        <translation>Conflicto de fecha: el %1 también está ocupado por %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+1"/>
        <source>Created via %1</source>
        <translation>Creada a través de %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>the Lead API</source>
        <translation>la API de solicitudes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: %1 → %2</source>
        <translation>Estado: %1 → %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edited: %1</source>
        <translation>Editada: %1</translation>
    </message>
</context>
<context>
    <name>rmx::ui::LeadTableModel</name>
    <message>
        <location filename="../ui/LeadTableModel.cpp" line="+73"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (unread)</source>
        <translation>%1 (sin leer)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event date</source>
        <translation>Fecha del evento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event type</source>
        <translation>Tipo de evento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
</context>
<context>
    <name>rmx::ui::LeadsPage</name>
    <message>
        <location filename="../ui/LeadsPage.cpp" line="+36"/>
        <source>New since I last looked</source>
        <translation>Nuevas desde mi última visita</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Search name, email, phone, notes or source</source>
        <translation>Buscar por nombre, correo electrónico, teléfono, notas u origen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search leads</source>
        <translation>Buscar solicitudes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Leads</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h3&gt;No leads yet&lt;/h3&gt;&lt;p&gt;Create an API key, then connect your website form, Zapier or n8n on the &lt;b&gt;Connect&lt;/b&gt; page. New leads show up here within a second.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Todavía no hay solicitudes&lt;/h3&gt;&lt;p&gt;Cree una clave de API y, a continuación, conecte el formulario de su sitio web, Zapier o n8n en la página &lt;b&gt;Conectar&lt;/b&gt;. Las nuevas solicitudes aparecerán aquí en menos de un segundo.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Any date</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Event date from</source>
        <translation>Fecha del evento desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event date to</source>
        <translation>Fecha del evento hasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by source</source>
        <translation>Filtrar por origen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by event type</source>
        <translation>Filtrar por tipo de evento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event date</source>
        <translation>Fecha del evento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>All sources</source>
        <translation>Todos los orígenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All event types</source>
        <translation>Todos los tipos de evento</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleted the lead from %1 %2.</source>
        <translation>Se ha eliminado la solicitud de %1 %2.</translation>
    </message>
</context>
<context>
    <name>rmx::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+55"/>
        <source>RemixCRM</source>
        <translation>RemixCRM</translation>
    </message>
    <message>
        <source>Your lead inbox is ready.</source>
        <translation type="vanished">Tu bandeja de solicitudes está lista.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leads</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API Keys</source>
        <translation>Claves de API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;Contacts&lt;/h3&gt;&lt;p&gt;Everyone who sent you a lead, one entry per email address.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Contactos&lt;/h3&gt;&lt;p&gt;Todas las personas que le han enviado una solicitud, con una entrada por dirección de correo electrónico.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h3&gt;Webhooks&lt;/h3&gt;&lt;p&gt;Send every new lead to Zapier, n8n, Make or your own server.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Webhooks&lt;/h3&gt;&lt;p&gt;Envíe cada nueva solicitud a Zapier, n8n, Make o a su propio servidor.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h3&gt;Spam&lt;/h3&gt;&lt;p&gt;Submissions caught by the form&apos;s spam checks wait here for your review.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Spam&lt;/h3&gt;&lt;p&gt;Los envíos retenidos por los filtros antispam del formulario esperan aquí a que los revise.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Starting the lead listener…</source>
        <translation>Iniciando el receptor de solicitudes…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+16"/>
        <source>Listening on %1</source>
        <translation>Escuchando en %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Not listening: %1</source>
        <translation>No se está escuchando: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+115"/>
        <source>%n new lead(s) today</source>
        <translation>
            <numerusform>%n solicitud nueva hoy</numerusform>
            <numerusform>%n solicitudes nuevas hoy</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead listener stopped: %1</source>
        <translation type="vanished">Receptor de solicitudes detenido: %1</translation>
    </message>
</context>
<context>
    <name>rmx::ui::SettingsPage</name>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="+55"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Guardar ajustes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Settings saved. Now listening on %1.</source>
        <translation>Ajustes guardados. Ahora se escucha en %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not move the listener: %1. It keeps running on the old address.</source>
        <translation>No se ha podido mover el receptor: %1. Sigue funcionando en la dirección anterior.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Not saved: %1</source>
        <translation>No se ha guardado: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing changed.</source>
        <translation>No hay cambios.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not saved: the settings could not be written.</source>
        <translation>No se ha guardado: no se han podido escribir los ajustes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings saved.</source>
        <translation>Ajustes guardados.</translation>
    </message>
</context>
<context>
    <name>rmx::ui::TrayController</name>
    <message>
        <location filename="../ui/TrayController.cpp" line="+17"/>
        <source>Open RemixCRM</source>
        <translation>Abrir RemixCRM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RemixCRM</source>
        <translation>RemixCRM</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>RemixCRM — %1</source>
        <translation>RemixCRM — %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New lead: %1</source>
        <translation>Nueva solicitud: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n new lead(s)</source>
        <translation>
            <numerusform>%n solicitud nueva</numerusform>
            <numerusform>%n solicitudes nuevas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest: %1</source>
        <translation>Más reciente: %1</translation>
    </message>
</context>
</TS>
