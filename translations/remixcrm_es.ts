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
        <translation>%1 procede de una versión más reciente de RemixCRM; actualice primero</translation>
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
        <location filename="../core/cli/CommandLine.cpp" line="+65"/>
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
  import FILE [--dry-run]   Import leads from a CSV file (columns matched by their
                            header); --dry-run only counts new, updated, skipped
                            and invalid rows.
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
  import FILE [--dry-run]   Importar solicitudes de un archivo CSV (columnas
                            asociadas por su encabezado); --dry-run solo cuenta
                            las filas nuevas, actualizadas, omitidas y no
                            válidas.
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
    <message>
        <location line="+49"/>
        <source>  mail test --to ADDRESS    Send a test message now with the mail settings and show
                            the mail server&apos;s answer.
  mail log [--limit N]      Show the latest mail sent (auto-replies, alerts): when, to
                            whom, the result and the server&apos;s last reply.
</source>
        <translation>  mail test --to DIRECCIÓN  Envía ahora un mensaje de prueba con los ajustes de correo
                            y muestra la respuesta del servidor de correo.
  mail log [--limit N]      Muestra los últimos correos enviados (respuestas automáticas,
                            avisos): cuándo, a quién, el resultado y la última respuesta
                            del servidor.
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  mail templates            List the mail templates (date_free, date_taken, no_date,
                            owner_alert), each (default) or (edited).
  mail template show NAME   Print a template&apos;s subject and body.
  mail template set NAME [--subject S] [--body-file FILE]
                            Change a template (FILE is UTF-8 text, - for standard
                            input); unknown {{placeholders}} are refused.
  mail template reset NAME  Go back to the default text.
</source>
        <translation>  mail templates            Lista las plantillas de correo (date_free, date_taken,
                            no_date, owner_alert), cada una (default) o (edited).
  mail template show NOMBRE Muestra el asunto y el texto de una plantilla.
  mail template set NOMBRE [--subject ASUNTO] [--body-file ARCHIVO]
                            Cambia una plantilla (ARCHIVO es texto UTF-8, - para la
                            entrada estándar); rechaza {{marcadores}} desconocidos.
  mail template reset NOMBRE
                            Vuelve al texto predeterminado.
</translation>
    </message>
    <message>
        <source>  mail test --to ADDRESS    Send a test message now with the mail settings and show
                            the mail server&apos;s answer.
</source>
        <translation type="vanished">  mail test --to DIRECCIÓN  Envía ahora un mensaje de prueba con los ajustes de correo
                            y muestra la respuesta del servidor de correo.
</translation>
    </message>
</context>
<context>
    <name>ConnectSnippets</name>
    <message>
        <location filename="../ui/ConnectSnippets.cpp" line="+10"/>
        <source>Send a lead with curl</source>
        <translation>Enviar una solicitud con curl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source># Replace rmx_yourkey with a key from the API Keys page.
</source>
        <translation># Sustituya rmx_yourkey por una clave de la página Claves de API.
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Website form with a server proxy</source>
        <translation>Formulario web con proxy en el servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;!-- The form posts to your own site; your server adds the key and forwards it. Never put the key in browser JavaScript. --&gt;
</source>
        <translation>&lt;!-- El formulario envía los datos a su propio sitio; su servidor añade la clave y los reenvía. Nunca incluya la clave en el JavaScript del navegador. --&gt;
</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Zapier</source>
        <translation>Zapier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source># Webhooks by Zapier → Custom Request
</source>
        <translation># Webhooks by Zapier → Custom Request
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>n8n</source>
        <translation>n8n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source># HTTP Request node
</source>
        <translation># Nodo HTTP Request
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hosted inquiry form (link)</source>
        <translation>Formulario de consulta alojado (enlace)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source># A complete form, no website needed: share this link or put it in your bio.
</source>
        <translation># Un formulario completo, sin necesidad de sitio web: comparta este enlace o póngalo en su biografía.
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source># This link works only on this computer until you set a public URL (see the Tunnel snippets).
</source>
        <translation># Este enlace solo funciona en este ordenador hasta que configure una URL pública (vea los fragmentos de túnel).
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hosted inquiry form (embed)</source>
        <translation>Formulario de consulta alojado (insertado)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Browser fetch() to /capture</source>
        <translation>fetch() del navegador a /capture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>// Add your site&apos;s origin (e.g. https://www.example.com) to cors_allowed_origins in Settings first.
</source>
        <translation>// Primero añada el origen de su sitio (p. ej., https://www.example.com) a cors_allowed_origins en Ajustes.
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verify webhooks (Node.js)</source>
        <translation>Verificar webhooks (Node.js)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Verify webhooks (Python)</source>
        <translation>Verificar webhooks (Python)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tunnel: cloudflared</source>
        <translation>Túnel: cloudflared</translation>
    </message>
    <message>
        <location line="+1"/>
        <source># Quick tunnel (a new random URL each start):
</source>
        <translation># Túnel rápido (una URL aleatoria nueva en cada inicio):
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source># Named tunnel with your own hostname (stays the same):
</source>
        <translation># Túnel con nombre y su propio nombre de host (no cambia):
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tunnel: ngrok</source>
        <translation>Túnel: ngrok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source># With a reserved domain:
</source>
        <translation># Con un dominio reservado:
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tunnel: Tailscale Funnel</source>
        <translation>Túnel: Tailscale Funnel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source># The public URL is https://&lt;machine&gt;.&lt;tailnet&gt;.ts.net
</source>
        <translation># La URL pública es https://&lt;machine&gt;.&lt;tailnet&gt;.ts.net
</translation>
    </message>
</context>
<context>
    <name>ContactPresentation</name>
    <message>
        <location filename="../ui/ContactPresentation.cpp" line="+18"/>
        <source>Lead</source>
        <translation>Posible cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualified</source>
        <translation>Cualificado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opportunity</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Hidden bot field filled in</source>
        <translation>Campo oculto antibots rellenado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent too fast for a person</source>
        <translation>Enviado demasiado rápido para ser una persona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form token not valid</source>
        <translation>Token del formulario no válido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form token expired</source>
        <translation>Token del formulario caducado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Campaign source</source>
        <translation>Origen de la campaña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign medium</source>
        <translation>Medio de la campaña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign name</source>
        <translation>Nombre de la campaña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign term</source>
        <translation>Término de la campaña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign content</source>
        <translation>Contenido de la campaña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Landing page</source>
        <translation>Página de destino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referrer</source>
        <translation>Referente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google Ads click</source>
        <translation>Clic de Google Ads</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facebook click</source>
        <translation>Clic de Facebook</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>DiscardChangesPrompt</name>
    <message>
        <location filename="../ui/DiscardChangesPrompt.cpp" line="+11"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The changes to %1 cannot be saved as they are.</source>
        <translation>Los cambios en %1 no se pueden guardar tal como están.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Discard changes</source>
        <translation>&amp;Descartar cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
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
    <name>HttpListener</name>
    <message>
        <location filename="../core/http/HttpListener.cpp" line="+68"/>
        <source>%1 is already in use</source>
        <translation>%1 ya está en uso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot listen on %1: %2</source>
        <translation>no se puede escuchar en %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <location filename="../ui/import/ImportTexts.cpp" line="+9"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
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
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Skipped: already a lead with this email and no date</source>
        <translation>Omitida: ya hay una solicitud con este correo y sin fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped: already a lead with this email and date</source>
        <translation>Omitida: ya hay una solicitud con este correo y esta fecha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Required, but empty</source>
        <translation>Obligatorio, pero vacío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too long</source>
        <translation>Demasiado largo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a valid email address</source>
        <translation>No es un correo electrónico válido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a real date in the chosen date format</source>
        <translation>No es una fecha real en el formato de fecha elegido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Must be new, contacted, quoted, booked or lost</source>
        <translation>Debe ser new, contacted, quoted, booked o lost</translation>
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
        <location filename="../ui/LeadPresentation.cpp" line="+49"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre completo</translation>
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
        <source>Event type</source>
        <translation>Tipo de evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>API key &quot;%1&quot; (%2)</source>
        <translation>clave de API «%1» (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Lead API</source>
        <translation>la API de solicitudes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the website form</source>
        <translation>el formulario del sitio web</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a CSV import</source>
        <translation>una importación CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this app</source>
        <translation>esta aplicación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Connect page&apos;s test (a test lead, left out of the overview)</source>
        <translation>la prueba de la página Conectar (un lead de prueba, excluido del resumen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: fill in %1.</source>
        <translation>No guardado: rellene %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: check %1.</source>
        <translation>No guardado: revise %1.</translation>
    </message>
    <message>
        <location line="+6"/>
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
    <name>LeadServer</name>
    <message>
        <location filename="../core/server/LeadServer.cpp" line="+84"/>
        <source>invalid listen address &apos;%1&apos;: %2</source>
        <translation>dirección de escucha «%1» no válida: %2</translation>
    </message>
</context>
<context>
    <name>ListenAddress</name>
    <message>
        <location filename="../core/settings/ListenAddress.cpp" line="+32"/>
        <source>must be HOST:PORT, for example 127.0.0.1:8088</source>
        <translation>debe ser HOST:PUERTO, por ejemplo 127.0.0.1:8088</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the port must be a number from 0 to 65535</source>
        <translation>el puerto debe ser un número de 0 a 65535</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>«%1» no es una dirección IP</translation>
    </message>
</context>
<context>
    <name>MailHistoryText</name>
    <message>
        <location filename="../core/mail/MailHistoryText.cpp" line="+10"/>
        <source>date free</source>
        <translation>fecha libre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date taken</source>
        <translation>fecha ocupada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this address had one recently</source>
        <translation>esta dirección recibió una hace poco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto-replies are off</source>
        <translation>las respuestas automáticas están desactivadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mail is not set up</source>
        <translation>el correo no está configurado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>off for this channel</source>
        <translation>desactivadas para este canal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a no-reply address</source>
        <translation>una dirección no-reply</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your own address</source>
        <translation>su propia dirección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>held as spam</source>
        <translation>retenida como spam</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Alert sent to you by email</source>
        <translation>Aviso enviado a usted por correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert by email failed (%1)</source>
        <translation>Falló el aviso por correo (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auto-reply sent (%1)</source>
        <translation>Respuesta automática enviada (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-reply failed (%1)</source>
        <translation>Falló la respuesta automática (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-reply waiting: the hourly limit is reached</source>
        <translation>Respuesta automática en espera: se alcanzó el límite por hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No auto-reply: %1</source>
        <translation>Sin respuesta automática: %1</translation>
    </message>
</context>
<context>
    <name>MailTemplates</name>
    <message>
        <location filename="../core/mail/MailTemplates.cpp" line="+96"/>
        <source>Unbalanced braces in the subject near “%1”; write placeholders like {{first_name}}.</source>
        <translation>Llaves sin cerrar en el asunto cerca de «%1»; escriba los marcadores así: {{first_name}}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unbalanced braces in the body near “%1”; write placeholders like {{first_name}}.</source>
        <translation>Llaves sin cerrar en el texto cerca de «%1»; escriba los marcadores así: {{first_name}}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{{%1}} in the subject is only available in the owner alert: an auto-reply never repeats what the sender typed. Use one of %2.</source>
        <translation>{{%1}} en el asunto solo está disponible en el aviso para usted: una respuesta automática nunca repite lo que escribió el remitente. Use uno de estos: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{{%1}} in the body is only available in the owner alert: an auto-reply never repeats what the sender typed. Use one of %2.</source>
        <translation>{{%1}} en el texto solo está disponible en el aviso para usted: una respuesta automática nunca repite lo que escribió el remitente. Use uno de estos: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown placeholder {{%1}} in the subject; use one of %2.</source>
        <translation>Marcador desconocido {{%1}} en el asunto; use uno de estos: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown placeholder {{%1}} in the body; use one of %2.</source>
        <translation>Marcador desconocido {{%1}} en el texto; use uno de estos: %2.</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>The subject is empty.</source>
        <translation>El asunto está vacío.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The subject must be one line.</source>
        <translation>El asunto debe ocupar una sola línea.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The subject is too long (at most %1 characters).</source>
        <translation>El asunto es demasiado largo (como máximo %1 caracteres).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The body is empty.</source>
        <translation>El texto está vacío.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The body is too long (at most %1 characters).</source>
        <translation>El texto es demasiado largo (como máximo %1 caracteres).</translation>
    </message>
</context>
<context>
    <name>Mailbox</name>
    <message>
        <location filename="../core/mail/Mailbox.cpp" line="+75"/>
        <location line="+33"/>
        <location line="+23"/>
        <source>must not contain line breaks or control characters</source>
        <translation>no debe contener saltos de línea ni caracteres de control</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+7"/>
        <location line="+4"/>
        <location line="+5"/>
        <location line="+4"/>
        <location line="+17"/>
        <location line="+19"/>
        <source>must be an email address such as hello@example.com</source>
        <translation>debe ser una dirección de correo como hola@example.com</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>is too long for an email address</source>
        <translation>es demasiado larga para una dirección de correo</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+4"/>
        <location line="+9"/>
        <source>must be an address such as Jane Photo &lt;hello@example.com&gt;</source>
        <translation>debe ser una dirección como Jane Foto &lt;hola@example.com&gt;</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>has an unclosed quote in its name</source>
        <translation>tiene en el nombre unas comillas sin cerrar</translation>
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
    <name>SettingLabels</name>
    <message>
        <location filename="../ui/SettingLabels.cpp" line="+8"/>
        <location line="+19"/>
        <source>App</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+19"/>
        <source>Listener</source>
        <translation>Receptor</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+19"/>
        <source>Hosted form</source>
        <translation>Formulario alojado</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+20"/>
        <source>Limits and protection</source>
        <translation>Límites y protección</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+19"/>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+20"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+135"/>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <location line="-135"/>
        <location line="+20"/>
        <source>Mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>en, de, es or fr; empty follows the system language.</source>
        <translation type="vanished">en, de, es o fr; si se deja vacío, se usa el idioma del sistema.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Seguir en la bandeja del sistema al cerrar la ventana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start in the tray</source>
        <translation>Iniciar en la bandeja del sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notify me of each new lead</source>
        <translation>Avisarme de cada nueva solicitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listen address</source>
        <translation>Dirección de escucha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HOST:PORT, e.g. 127.0.0.1:8088. Applied at once; a busy port keeps the old address.</source>
        <translation>HOST:PUERTO, p. ej., 127.0.0.1:8088. Se aplica al instante; si el puerto está ocupado, se mantiene la dirección anterior.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public URL</source>
        <translation>URL pública</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your tunnel&apos;s URL, used in lead links and snippets. Empty uses the listen address.</source>
        <translation>La URL de su túnel, usada en los enlaces a solicitudes y en los fragmentos. Si se deja vacía, se usa la dirección de escucha.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listener threads</source>
        <translation>Hilos del receptor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>0 uses one per processor core.</source>
        <translation>0 usa uno por cada núcleo del procesador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Empty shows a translated default.</source>
        <translation>Si se deja vacío, se muestra un texto predeterminado traducido.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Introduction</source>
        <translation>Introducción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accent colour</source>
        <translation>Color de acento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>#rgb or #rrggbb.</source>
        <translation>#rgb o #rrggbb.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thank-you page URL</source>
        <translation>URL de la página de agradecimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where people go after sending the form. Empty shows a thank-you page.</source>
        <translation>Adónde van las personas después de enviar el formulario. Si se deja vacía, se muestra una página de agradecimiento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum fill time (ms)</source>
        <translation>Tiempo mínimo de cumplimentación (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faster submissions are treated as bots and kept as spam.</source>
        <translation>Los envíos más rápidos se tratan como bots y se guardan como spam.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Websites allowed to post from the browser</source>
        <translation>Sitios web que pueden enviar desde el navegador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origins such as https://www.example.com, separated by commas.</source>
        <translation>Orígenes como https://www.example.com, separados por comas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead API: leads per hour</source>
        <translation>API de solicitudes: solicitudes por hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>0 means unlimited.</source>
        <translation>0 significa sin límite.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Form and capture: requests per visitor per minute</source>
        <translation>Formulario y captura: peticiones por visitante y minuto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New contacts per hour</source>
        <translation>Nuevos contactos por hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protects the disk from floods; 0 means unlimited.</source>
        <translation>Protege el disco frente a avalanchas; 0 significa sin límite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Largest request body (bytes)</source>
        <translation>Tamaño máximo del cuerpo de la petición (bytes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Largest request headers (bytes)</source>
        <translation>Tamaño máximo de las cabeceras de la petición (bytes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open connections at most</source>
        <translation>Máximo de conexiones abiertas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Idle connection timeout (ms)</source>
        <translation>Tiempo de espera de conexión inactiva (ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time to send request headers (ms)</source>
        <translation>Tiempo para enviar las cabeceras de la petición (ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow API-created webhooks to reach private addresses</source>
        <translation>Permitir que los webhooks creados por API accedan a direcciones privadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off protects this network from webhooks created with an API key.</source>
        <translation>Desactivado, protege esta red frente a webhooks creados con una clave de API.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry schedule (seconds)</source>
        <translation>Calendario de reintentos (segundos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>Delays between attempts, separated by commas.</source>
        <translation>Esperas entre intentos, separadas por comas.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Connect timeout (ms)</source>
        <translation>Tiempo de espera de conexión (ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total timeout (ms)</source>
        <translation>Tiempo de espera total (ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disable after failing for (hours)</source>
        <translation>Desactivar tras fallar durante (horas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the delivery log for (days)</source>
        <translation>Conservar el registro de entregas durante (días)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMTP server</source>
        <translation>Servidor SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your provider&apos;s outgoing server, e.g. smtps://smtp.fastmail.com:465. Empty sends no mail.</source>
        <translation>El servidor de salida de su proveedor, p. ej. smtps://smtp.fastmail.com:465. Vacío no envía correo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encryption for smtp://</source>
        <translation>Cifrado para smtp://</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starttls, tls or none (only to this computer). smtps:// is always TLS.</source>
        <translation>starttls, tls o none (solo hacia este equipo). smtps:// siempre es TLS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMTP user name</source>
        <translation>Usuario SMTP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Usually your full email address.</source>
        <translation>Normalmente su dirección de correo completa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMTP password</source>
        <translation>Contraseña SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail and Outlook need an app password. Stored encrypted.</source>
        <translation>Gmail y Outlook necesitan una contraseña de aplicación. Se guarda cifrada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trusted certificates (PEM file)</source>
        <translation>Certificados de confianza (archivo PEM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only for a server with its own certificate. Empty uses the system&apos;s.</source>
        <translation>Solo para un servidor con certificado propio. Vacío usa los del sistema.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send as</source>
        <translation>Enviar como</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E.g. Jane Photo &lt;hello@janephoto.example&gt;.</source>
        <translation>P. ej. Jane Photo &lt;hello@janephoto.example&gt;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your email address</source>
        <translation>Su dirección de correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts about new inquiries go here; replies to auto-replies too.</source>
        <translation>Aquí llegan los avisos de nuevas consultas y las respuestas a las respuestas automáticas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Business name</source>
        <translation>Nombre del negocio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert me of new inquiries</source>
        <translation>Avisarme de nuevas consultas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>each or off.</source>
        <translation>each u off.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer each new inquiry with an auto-reply</source>
        <translation>Responder cada nueva consulta con una respuesta automática</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-reply to inquiries from</source>
        <translation>Respuesta automática a consultas de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>api, capture and form, separated by commas.</source>
        <translation>api, capture y form, separados por comas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One auto-reply per address every (hours)</source>
        <translation>Una respuesta automática por dirección cada (horas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-replies per hour at most</source>
        <translation>Respuestas automáticas por hora como máximo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past it they wait, and you are told.</source>
        <translation>Por encima esperan, y se le avisa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait before auto-replying (seconds)</source>
        <translation>Esperar antes de responder (segundos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail retry schedule (seconds)</source>
        <translation>Calendario de reintentos de correo (segundos)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SMTP connect timeout (ms)</source>
        <translation>Tiempo de conexión SMTP (ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMTP total timeout (ms)</source>
        <translation>Tiempo total SMTP (ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the mail log for (days)</source>
        <translation>Conservar el registro de correo (días)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up automatically every day</source>
        <translation>Hacer una copia de seguridad automática cada día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups kept</source>
        <translation>Copias de seguridad conservadas</translation>
    </message>
</context>
<context>
    <name>SettingsSchema</name>
    <message>
        <location filename="../core/settings/SettingsSchema.cpp" line="+22"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>debe ser un número entero de %1 a %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must list at most 20 delays</source>
        <translation>debe indicar como máximo 20 esperas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be comma-separated delays in seconds (0.01 to 604800), e.g. 5,300,1800</source>
        <translation>debe ser una lista de esperas en segundos separadas por comas (de 0,01 a 604800), p. ej. 5,300,1800</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be a number from %1 to %2</source>
        <translation>debe ser un número de %1 a %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be starttls, tls or none</source>
        <translation>debe ser starttls, tls o none</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be each or off</source>
        <translation>debe ser each u off</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must list channels from api, capture and form, separated by commas (empty = none)</source>
        <translation>debe listar canales de api, capture y form, separados por comas (vacío = ninguno)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>must be an absolute http(s) URL such as https://leads.example.com</source>
        <translation>debe ser una URL http(s) absoluta, como https://leads.example.com</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be empty (the system language) or one of en, de, es, fr</source>
        <translation>debe estar vacío (el idioma del sistema) o ser uno de en, de, es, fr</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be an absolute http(s) URL such as https://example.com/thank-you</source>
        <translation>debe ser una URL http(s) absoluta, como https://example.com/thank-you</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a hex colour such as #6d28d9</source>
        <translation>debe ser un color hexadecimal, como #6d28d9</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not an origin: list origins such as https://www.example.com, separated by commas or spaces</source>
        <translation>«%1» no es un origen: indique orígenes como https://www.example.com, separados por comas o espacios</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be at most %1 characters</source>
        <translation>debe tener como máximo %1 caracteres</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be one line without control characters</source>
        <translation>debe ser una sola línea sin caracteres de control</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>must be empty (the system&apos;s certificates) or the full path of a readable PEM file</source>
        <translation>debe estar vacío (los certificados del sistema) o ser la ruta completa de un archivo PEM legible</translation>
    </message>
</context>
<context>
    <name>SmtpUrl</name>
    <message>
        <location filename="../core/mail/SmtpUrl.cpp" line="+57"/>
        <source>must be an SMTP URL such as smtps://smtp.example.com:465 or smtp://smtp.example.com:587 (STARTTLS)</source>
        <translation>debe ser una URL SMTP como smtps://smtp.example.com:465 o smtp://smtp.example.com:587 (STARTTLS)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must name the mail server, e.g. smtps://smtp.example.com:465</source>
        <translation>debe indicar el servidor de correo, p. ej. smtps://smtp.example.com:465</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must not hold a user name or password: set mail_smtp_username and mail_smtp_password instead</source>
        <translation>no debe contener usuario ni contraseña: configure mail_smtp_username y mail_smtp_password en su lugar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be only scheme, server and port, e.g. smtps://smtp.example.com:465</source>
        <translation>debe tener solo esquema, servidor y puerto, p. ej. smtps://smtp.example.com:465</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must have a port from 1 to 65535</source>
        <translation>debe tener un puerto de 1 a 65535</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>smtp+plain:// and mail_smtp_tls none send passwords and mail unencrypted and are only allowed to this machine (localhost); use smtps:// or smtp:// (STARTTLS)</source>
        <translation>smtp+plain:// y mail_smtp_tls none envían contraseñas y correos sin cifrar y solo se permiten hacia este equipo (localhost); use smtps:// o smtp:// (STARTTLS)</translation>
    </message>
    <message>
        <source>smtp+plain:// sends passwords and mail unencrypted and is only allowed to this machine (localhost); use smtps:// or smtp:// (STARTTLS)</source>
        <translation type="vanished">smtp+plain:// envía contraseñas y correos sin cifrar y solo se permite hacia este equipo (localhost); use smtps:// o smtp:// (STARTTLS)</translation>
    </message>
</context>
<context>
    <name>WebhookMessages</name>
    <message>
        <location filename="../core/webhooks/WebhookMessages.h" line="+20"/>
        <source>The receiver answered 410 Gone: it no longer wants these events.</source>
        <translation>El receptor respondió 410 Gone: ya no quiere recibir estos eventos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every delivery failed since %1; the webhook was turned off.</source>
        <translation>Todas las entregas han fallado desde %1; el webhook se ha desactivado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turned off by the owner.</source>
        <translation>Desactivado por el propietario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the signing secret cannot be decrypted (webhook-secrets.key is missing or was replaced); re-create this webhook</source>
        <translation>no se puede descifrar el secreto de firma (webhook-secrets.key falta o se ha sustituido); vuelva a crear este webhook</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refused target: %1</source>
        <translation>destino rechazado: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot resolve %1: %2</source>
        <translation>no se puede resolver %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the webhook was removed</source>
        <translation>el webhook se ha eliminado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timed out after %1 ms without a complete answer</source>
        <translation>tiempo agotado tras %1 ms sin una respuesta completa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not connect within %1 ms</source>
        <translation>no se pudo conectar en %1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redirect not followed (HTTP %1 to %2); point the webhook at the final URL</source>
        <translation>redirección no seguida (HTTP %1 a %2); apunte el webhook a la URL final</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a loopback or private network address; webhooks created with an API key may only target public addresses (turn on the webhooks_allow_private_targets setting to allow it)</source>
        <translation>%1 es una dirección de loopback o de red privada; los webhooks creados con una clave de API solo pueden apuntar a direcciones públicas (active el ajuste webhooks_allow_private_targets para permitirlo)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a link-local, multicast, broadcast or unspecified address, which webhooks never target</source>
        <translation>%1 es una dirección de enlace local, multidifusión, difusión o no especificada, a la que los webhooks nunca apuntan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the host name does not resolve to any address</source>
        <translation>el nombre de host no se resuelve en ninguna dirección</translation>
    </message>
</context>
<context>
    <name>rmx::ui::ApiKeysPage</name>
    <message>
        <location filename="../ui/keys/ApiKeysPage.cpp" line="+28"/>
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
    <name>rmx::ui::ColumnMappingPage</name>
    <message>
        <location filename="../ui/import/ColumnMappingPage.cpp" line="+28"/>
        <source>Match the columns</source>
        <translation>Asignar las columnas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose which lead field each column of %1 fills. Columns set to &quot;Ignore&quot; are not imported.</source>
        <translation>Elija qué campo de la solicitud rellena cada columna de %1. Las columnas en «Ignorar» no se importan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns of the file</source>
        <translation>Columnas del archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported as</source>
        <translation>Se importa como</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (day first)</source>
        <translation>%1 (día primero)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (month first)</source>
        <translation>%1 (mes primero)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event dates are written like</source>
        <translation>Las fechas de evento se escriben así</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This file cannot be read: %1</source>
        <translation>No se puede leer este archivo: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n column(s) found, each shown with its first value.</source>
        <translation>
            <numerusform>%n columna encontrada, con su primer valor.</numerusform>
            <numerusform>%n columnas encontradas, cada una con su primer valor.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lead field for column %1</source>
        <translation>Campo de la solicitud para la columna %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Full name (or First name and Last name)</source>
        <translation>Nombre completo (o Nombre y Apellidos)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every lead needs these fields; choose the columns that hold them: %1</source>
        <translation>Toda solicitud necesita estos campos; elija las columnas que los contienen: %1</translation>
    </message>
</context>
<context>
    <name>rmx::ui::ConnectPage</name>
    <message>
        <location filename="../ui/ConnectPage.cpp" line="+41"/>
        <source>Send &amp;test lead</source>
        <translation>&amp;Enviar solicitud de prueba</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h3&gt;Connect your website&lt;/h3&gt;&lt;p&gt;RemixCRM listens on this computer. To receive leads from the internet, run a tunnel (cloudflared, ngrok or Tailscale Funnel — see the snippets below) to the listen address, then enter the tunnel&apos;s URL as the public URL. Every snippet and every &lt;code&gt;lead_url&lt;/code&gt; uses it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Conectar su sitio web&lt;/h3&gt;&lt;p&gt;RemixCRM escucha en este equipo. Para recibir solicitudes desde Internet, ejecute un túnel (cloudflared, ngrok o Tailscale Funnel; consulte los fragmentos de abajo) hacia la dirección de escucha y, a continuación, introduzca la URL del túnel como URL pública. Todos los fragmentos y todas las &lt;code&gt;lead_url&lt;/code&gt; la usan.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Public URL</source>
        <translation>URL pública</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use this URL</source>
        <translation>&amp;Usar esta URL</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;No public URL yet:&lt;/b&gt; the snippets below only work on this computer. To receive leads from your website, Zapier or n8n, &lt;a href=&quot;#tunnel&quot;&gt;set up a tunnel&lt;/a&gt; and enter its URL here.</source>
        <translation>&lt;b&gt;Aún no hay URL pública:&lt;/b&gt; los fragmentos de abajo solo funcionan en este ordenador. Para recibir leads de su sitio web, Zapier o n8n, &lt;a href=&quot;#tunnel&quot;&gt;configure un túnel&lt;/a&gt; e introduzca aquí su URL.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Snippet</source>
        <translation>Fragmento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snippet text</source>
        <translation>Texto del fragmento</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="vanished">&amp;Copiar</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Listener</source>
        <translation>Receptor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Public URL</source>
        <translation>URL &amp;pública</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Not saved: the public URL %1.</source>
        <translation>No se ha guardado: la URL pública %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not saved: the setting could not be written.</source>
        <translation>No se ha guardado: no se ha podido escribir el ajuste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cleared: links use the listen address.</source>
        <translation>Borrada: los enlaces usan la dirección de escucha.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved: new lead links and snippets use %1.</source>
        <translation>Guardada: los nuevos enlaces a solicitudes y los fragmentos usan %1.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The test could not start: no key could be created.</source>
        <translation>No se ha podido iniciar la prueba: no se ha podido crear ninguna clave.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Test Lead</source>
        <translation>Solicitud de prueba</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent from the Connect page to check the connection.</source>
        <translation>Enviada desde la página Conectar para comprobar la conexión.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Test lead created (201) in %1 ms through %2: %3</source>
        <translation>Solicitud de prueba creada (201) en %1 ms a través de %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The listener answered %1: %2</source>
        <translation>El receptor ha respondido %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No answer from %1: %2</source>
        <translation>Sin respuesta de %1: %2</translation>
    </message>
</context>
<context>
    <name>rmx::ui::ContactDetail</name>
    <message>
        <location filename="../ui/ContactDetail.cpp" line="+50"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No leads yet: this contact came in without an event date.</source>
        <translation>Todavía no hay solicitudes: este contacto llegó sin fecha de evento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No campaign or page details were sent.</source>
        <translation>No se enviaron datos de campaña ni de página.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tage</source>
        <translation>&amp;Etapa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leads of this contact</source>
        <translation>Solicitudes de este contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a lead to open it on the Leads page.</source>
        <translation>Haga doble clic en una solicitud para abrirla en la página Solicitudes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leads</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where they came from</source>
        <translation>De dónde procede</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Select a contact to see it here.</source>
        <translation>Seleccione un contacto para verlo aquí.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>via %1</source>
        <translation>a través de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>since %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No event date</source>
        <translation>Sin fecha de evento</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Received %1</source>
        <translation>Recibida %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+18"/>
        <location line="+34"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not saved: the contact could not be written. Try again.</source>
        <translation>No se ha guardado: no se ha podido escribir el contacto. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>The changes to %1 cannot be saved as they are.</source>
        <translation type="vanished">Los cambios en %1 no se pueden guardar tal como están.</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="vanished">&amp;Descartar cambios</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="vanished">&amp;Seguir editando</translation>
    </message>
</context>
<context>
    <name>rmx::ui::ContactTableModel</name>
    <message>
        <location filename="../ui/ContactTableModel.cpp" line="+152"/>
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
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
</context>
<context>
    <name>rmx::ui::ContactsPage</name>
    <message>
        <location filename="../ui/ContactsPage.cpp" line="+35"/>
        <source>&amp;Merge duplicates…</source>
        <translation>&amp;Fusionar duplicados…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search name, email or phone</source>
        <translation>Buscar nombre, correo o teléfono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select two contacts (Ctrl+click) that are the same person.</source>
        <translation>Seleccione dos contactos (Ctrl+clic) que sean la misma persona.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&lt;h3&gt;No contacts yet&lt;/h3&gt;&lt;p&gt;Everyone who sends you a lead or fills in your form gets one entry here, one per email address. Share your form from the &lt;b&gt;Connect&lt;/b&gt; page to get started.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Todavía no hay contactos&lt;/h3&gt;&lt;p&gt;Cada persona que le envía una solicitud o rellena su formulario obtiene aquí una entrada, una por dirección de correo electrónico. Comparta su formulario desde la página &lt;b&gt;Conectar&lt;/b&gt; para empezar.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h3&gt;No contacts match&lt;/h3&gt;&lt;p&gt;No name, email or phone fits this search. &lt;a href=&quot;clear&quot;&gt;Show all contacts&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ningún contacto coincide&lt;/h3&gt;&lt;p&gt;Ningún nombre, correo o teléfono coincide con esta búsqueda. &lt;a href=&quot;clear&quot;&gt;Mostrar todos los contactos&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Merge contacts</source>
        <translation>Fusionar contactos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge these two contacts into one? The other one&apos;s leads move to the contact you keep, and its campaign details fill in what is missing. The other contact is then deleted; this cannot be undone.</source>
        <translation>¿Fusionar estos dos contactos en uno? Las solicitudes del otro pasan al contacto que conserve, y sus datos de campaña completan los que falten. Después se elimina el otro contacto; esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep %1 &lt;%2&gt;</source>
        <translation>Conservar %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The contacts could not be merged. Try again.</source>
        <translation>No se han podido fusionar los contactos. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merged %1 into %2.</source>
        <translation>Se ha fusionado %1 con %2.</translation>
    </message>
</context>
<context>
    <name>rmx::ui::CopyButton</name>
    <message>
        <location filename="../ui/CopyButton.cpp" line="+11"/>
        <location line="+8"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+8"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>rmx::ui::CreateKeyDialog</name>
    <message>
        <location filename="../ui/keys/CreateKeyDialog.cpp" line="+26"/>
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
        <source>&amp;Copy</source>
        <translation type="vanished">&amp;Copiar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Done</source>
        <translation>&amp;Listo</translation>
    </message>
    <message>
        <location line="+33"/>
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
    <name>rmx::ui::DryRunPage</name>
    <message>
        <location filename="../ui/import/DryRunPage.cpp" line="+22"/>
        <source>Check before importing</source>
        <translation>Comprobar antes de importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every row is checked against your leads. Nothing has been written yet.</source>
        <translation>Cada fila se compara con sus solicitudes. Todavía no se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking progress</source>
        <translation>Progreso de la comprobación</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking the rows…</source>
        <translation>Comprobando las filas…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The check stopped: the database could not be read.</source>
        <translation>La comprobación se detuvo: no se pudo leer la base de datos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Nothing to import.&lt;/b&gt; No row is a new lead; see why below.</source>
        <translation>&lt;b&gt;Nada que importar.&lt;/b&gt; Ninguna fila es una solicitud nueva; vea abajo por qué.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing has been written yet. Click &lt;b&gt;Import&lt;/b&gt; to add these leads, or &lt;b&gt;Back&lt;/b&gt; to change the columns.</source>
        <translation>Todavía no se ha guardado nada. Pulse &lt;b&gt;Importar&lt;/b&gt; para añadir estas solicitudes, o &lt;b&gt;Atrás&lt;/b&gt; para cambiar las columnas.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&amp;Import %n lead(s)</source>
        <translation>
            <numerusform>&amp;Importar %n solicitud</numerusform>
            <numerusform>&amp;Importar %n solicitudes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rmx::ui::EventDateEdit</name>
    <message>
        <location filename="../ui/EventDateEdit.cpp" line="+19"/>
        <source>Past</source>
        <translation>Pasada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The event has a date</source>
        <translation>El evento tiene fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear for an inquiry that names no date yet.</source>
        <translation>Desmárquelo para una consulta que aún no indica fecha.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This event date has passed.</source>
        <translation>Esta fecha del evento ya pasó.</translation>
    </message>
</context>
<context>
    <name>rmx::ui::ImportDialog</name>
    <message>
        <location filename="../ui/import/ImportDialog.cpp" line="+24"/>
        <source>Import leads from CSV</source>
        <translation>Importar solicitudes desde CSV</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
</context>
<context>
    <name>rmx::ui::ImportProgressPage</name>
    <message>
        <location filename="../ui/import/ImportProgressPage.cpp" line="+28"/>
        <source>&amp;Stop import</source>
        <translation>&amp;Detener la importación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing</source>
        <translation>Importación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads are added in batches, each with its history and lead.created event.</source>
        <translation>Las solicitudes se añaden por lotes, cada una con su historial y su evento lead.created.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stops after the batch being written. Leads already imported stay.</source>
        <translation>Se detiene tras el lote que se está guardando. Las solicitudes ya importadas se conservan.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Stopping after the current batch…</source>
        <translation>Deteniendo tras el lote actual…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Importing… %1 of %n row(s) done.</source>
        <translation>
            <numerusform>Importando… %1 de %n fila hecha.</numerusform>
            <numerusform>Importando… %1 de %n filas hechas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Importing… %n row(s) done.</source>
        <translation>
            <numerusform>Importando… %n fila hecha.</numerusform>
            <numerusform>Importando… %n filas hechas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>&lt;b&gt;The import stopped:&lt;/b&gt; the database could not be written. The %n lead(s) imported before that stay; importing the file again skips them as duplicates.</source>
        <translation>
            <numerusform>&lt;b&gt;La importación se detuvo:&lt;/b&gt; no se pudo escribir en la base de datos. La %n solicitud importada antes se conserva; al importar el archivo de nuevo se omite como duplicada.</numerusform>
            <numerusform>&lt;b&gt;La importación se detuvo:&lt;/b&gt; no se pudo escribir en la base de datos. Las %n solicitudes importadas antes se conservan; al importar el archivo de nuevo se omiten como duplicadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&lt;b&gt;Import stopped.&lt;/b&gt; The %n lead(s) imported before you stopped stay in RemixCRM. To add the rest, import the file again: rows already imported are skipped as duplicates.</source>
        <translation>
            <numerusform>&lt;b&gt;Importación detenida.&lt;/b&gt; La %n solicitud importada antes de detenerla se conserva en RemixCRM. Para añadir el resto, importe el archivo de nuevo: las filas ya importadas se omiten como duplicadas.</numerusform>
            <numerusform>&lt;b&gt;Importación detenida.&lt;/b&gt; Las %n solicitudes importadas antes de detenerla se conservan en RemixCRM. Para añadir el resto, importe el archivo de nuevo: las filas ya importadas se omiten como duplicadas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Done.&lt;/b&gt; The imported leads are in your Leads list now.</source>
        <translation>&lt;b&gt;Listo.&lt;/b&gt; Las solicitudes importadas ya están en su lista de solicitudes.</translation>
    </message>
</context>
<context>
    <name>rmx::ui::ImportSummaryView</name>
    <message>
        <location filename="../ui/import/ImportSummaryView.cpp" line="+23"/>
        <source>Rows that cannot be imported</source>
        <translation>Filas que no se pueden importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n fila leída.</numerusform>
            <numerusform>%n filas leídas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n lead(s) would be imported</source>
        <translation>
            <numerusform>Se importaría %n solicitud</numerusform>
            <numerusform>Se importarían %n solicitudes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n lead(s) imported</source>
        <translation>
            <numerusform>%n solicitud importada</numerusform>
            <numerusform>%n solicitudes importadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n with a new contact</source>
        <translation>
            <numerusform>%n con un contacto nuevo</numerusform>
            <numerusform>%n con un contacto nuevo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n for a contact you already have (matched by email)</source>
        <translation>
            <numerusform>%n para un contacto que ya tiene (por correo electrónico)</numerusform>
            <numerusform>%n para contactos que ya tiene (por correo electrónico)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n duplicate(s) skipped (same email and event date)</source>
        <translation>
            <numerusform>%n duplicado omitido (mismo correo y misma fecha de evento)</numerusform>
            <numerusform>%n duplicados omitidos (mismo correo y misma fecha de evento)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) with errors, not imported</source>
        <translation>
            <numerusform>%n fila con errores, no importada</numerusform>
            <numerusform>%n filas con errores, no importadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>…and %n more row(s) not shown.</source>
        <translation>
            <numerusform>…y %n fila más que no se muestra.</numerusform>
            <numerusform>…y %n filas más que no se muestran.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rmx::ui::ImportWorker</name>
    <message>
        <location filename="../ui/import/ImportWorker.cpp" line="+27"/>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
</context>
<context>
    <name>rmx::ui::LeadDetailsView</name>
    <message>
        <location filename="../ui/LeadDetailsView.cpp" line="+45"/>
        <source>Details from the inquiry</source>
        <translation>Detalles de la consulta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Event type (not in your list)</source>
        <translation>Tipo de evento (no está en su lista)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Some fields did not fit and were not kept.</source>
        <translation>Algunos campos no cabían y no se guardaron.</translation>
    </message>
</context>
<context>
    <name>rmx::ui::LeadEditor</name>
    <message>
        <location filename="../ui/LeadEditor.cpp" line="+79"/>
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
        <location line="+26"/>
        <source>The lead_url the Lead API and webhooks give out for this lead. Clicking it selects the lead.</source>
        <translation>La lead_url que la API de solicitudes y los webhooks dan para esta solicitud. Al hacer clic se selecciona la solicitud.</translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="vanished">Sin fecha</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Changes save themselves as you type; this saves them now (Ctrl+S).</source>
        <translation>Los cambios se guardan solos mientras escribe; esto los guarda ahora (Ctrl+S).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+17"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+121"/>
        <location line="+17"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+97"/>
        <location line="+21"/>
        <location line="+38"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>The changes to %1 cannot be saved as they are.</source>
        <translation type="vanished">Los cambios en %1 no se pueden guardar tal como están.</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="vanished">&amp;Descartar cambios</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="vanished">&amp;Seguir editando</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Delete lead</source>
        <translation>Eliminar solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the lead from %1? You can undo this right after.</source>
        <translation>¿Eliminar la solicitud de %1? Podrá deshacerlo justo después.</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>Select a lead to see it here.</source>
        <translation>Seleccione una solicitud para verla aquí.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Link: %1</source>
        <translation>Enlace: %1</translation>
    </message>
    <message>
        <location line="+127"/>
        <location line="+67"/>
        <source>Not saved: the lead could not be written. Try again.</source>
        <translation>No se ha guardado: no se ha podido escribir la solicitud. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+58"/>
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
        <source>Created via %1</source>
        <translation>Creada a través de %1</translation>
    </message>
    <message>
        <location line="+4"/>
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
    <name>rmx::ui::LeadRowMenu</name>
    <message>
        <location filename="../ui/LeadRowMenu.cpp" line="+38"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy &amp;email</source>
        <translation>Copiar &amp;correo electrónico</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy &amp;phone</source>
        <translation>Copiar &amp;teléfono</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Call %1</source>
        <translation>&amp;Llamar a %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Write to %1</source>
        <translation>&amp;Escribir a %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Status</source>
        <translation>E&amp;stado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Delete…</source>
        <translation>Elimi&amp;nar…</translation>
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
        <location line="+10"/>
        <source>%1 (test)</source>
        <translation>%1 (prueba)</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location filename="../ui/LeadsPage.cpp" line="+50"/>
        <source>New since I last looked</source>
        <translation>Nuevas desde mi última visita</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location line="+15"/>
        <source>Leads</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <location line="+293"/>
        <source>&lt;h3&gt;No leads yet&lt;/h3&gt;&lt;p&gt;Create an API key, then connect your website form, Zapier or n8n on the &lt;b&gt;Connect&lt;/b&gt; page. New leads show up here within a second.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Todavía no hay solicitudes&lt;/h3&gt;&lt;p&gt;Cree una clave de API y, a continuación, conecte el formulario de su sitio web, Zapier o n8n en la página &lt;b&gt;Conectar&lt;/b&gt;. Las nuevas solicitudes aparecerán aquí en menos de un segundo.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-271"/>
        <location line="+12"/>
        <source>Any date</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Event dates</source>
        <translation>Fechas del evento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next 3 months</source>
        <translation>Próximos 3 meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past</source>
        <translation>Pasadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen dates</source>
        <translation>Fechas elegidas</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+7"/>
        <source>Event date</source>
        <translation>Fecha del evento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export leads</source>
        <translation>Exportar solicitudes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import leads from a CSV file (Ctrl+I)</source>
        <translation>Importar solicitudes desde un archivo CSV (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Marked %1 as %2.</source>
        <translation>%1 marcado como «%2».</translation>
    </message>
    <message numerus="yes">
        <location line="+176"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;No leads match&lt;/h3&gt;&lt;p&gt;No lead fits this search and these filters. &lt;a href=&quot;clear&quot;&gt;Show all leads&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ninguna solicitud coincide&lt;/h3&gt;&lt;p&gt;Ninguna solicitud coincide con esta búsqueda y estos filtros. &lt;a href=&quot;clear&quot;&gt;Mostrar todas las solicitudes&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Delete lead</source>
        <translation>Eliminar solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the lead from %1? You can undo this right after.</source>
        <translation>¿Eliminar la solicitud de %1? Podrá deshacerlo justo después.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import leads</source>
        <translation>Importar solicitudes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Exported %n lead(s) to %1.</source>
        <translation>
            <numerusform>Se ha exportado %n solicitud a %1.</numerusform>
            <numerusform>Se han exportado %n solicitudes a %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export could not be written to %1.</source>
        <translation>No se ha podido escribir la exportación en %1.</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location filename="../ui/MainWindow.cpp" line="+69"/>
        <source>RemixCRM</source>
        <translation>RemixCRM</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API Keys</source>
        <translation>Claves de API</translation>
    </message>
    <message>
        <location line="+0"/>
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
        <location line="+11"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Starting the lead listener…</source>
        <translation>Iniciando el receptor de solicitudes…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+20"/>
        <source>Listening on %1</source>
        <translation>Escuchando en %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Not listening: %1</source>
        <translation>No se está escuchando: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message numerus="yes">
        <location line="+119"/>
        <source>%n new lead(s) today</source>
        <translation>
            <numerusform>%n solicitud nueva hoy</numerusform>
            <numerusform>%n solicitudes nuevas hoy</numerusform>
        </translation>
    </message>
    <message>
        <location line="+98"/>
        <source>RemixCRM keeps listening</source>
        <translation>RemixCRM sigue escuchando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RemixCRM is still running in the tray, so leads keep arriving while the window is closed. Click the tray icon to open it again, or choose Quit there (or press Ctrl+Q) to stop it.</source>
        <translation>RemixCRM sigue ejecutándose en la bandeja del sistema, así que los leads siguen llegando con la ventana cerrada. Haga clic en el icono de la bandeja para volver a abrirla, o elija Salir allí (o pulse Ctrl+Q) para detenerlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quit RemixCRM</source>
        <translation>Salir de RemixCRM</translation>
    </message>
</context>
<context>
    <name>rmx::ui::OverviewPage</name>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="+37"/>
        <source>Leads per week, by source</source>
        <translation>Solicitudes por semana, por origen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipeline</source>
        <translation>Embudo</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Upcoming booked dates</source>
        <translation>Próximas fechas reservadas</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No booked dates ahead yet.</source>
        <translation>Todavía no hay fechas reservadas próximas.</translation>
    </message>
</context>
<context>
    <name>rmx::ui::SettingsPage</name>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="+50"/>
        <source>This desktop has no system tray, so closing the window quits RemixCRM.</source>
        <translation>Este escritorio no tiene bandeja del sistema, así que cerrar la ventana cierra RemixCRM.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>RemixCRM shows the new language after a restart.</source>
        <translation>RemixCRM mostrará el nuevo idioma tras reiniciarse.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Last backup</source>
        <translation>Última copia de seguridad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;About RemixCRM</source>
        <translation>&amp;Acerca de RemixCRM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About RemixCRM</source>
        <translation>Acerca de RemixCRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;RemixCRM %1&lt;/h3&gt;&lt;p&gt;A self-hosted lead inbox for event vendors: leads from your website, Zapier, n8n and ad platforms, stored on this computer, with signed webhooks to your other tools.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RemixCRM %1&lt;/h3&gt;&lt;p&gt;Una bandeja de solicitudes autoalojada para profesionales de eventos: solicitudes de su sitio web, Zapier, n8n y plataformas de anuncios, guardadas en este equipo, con webhooks firmados hacia sus otras herramientas.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+12"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Advanced: threads, connections, sizes and timeouts</source>
        <translation>&amp;Avanzado: hilos, conexiones, tamaños y tiempos de espera</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>For troubleshooting: the defaults suit almost every business.</source>
        <translation>Para resolver problemas: los valores predeterminados sirven a casi todos los negocios.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>In use now: %1</source>
        <translation>En uso ahora: %1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>No automatic backup yet. They are written to %1.</source>
        <translation>Aún no hay ninguna copia de seguridad automática. Se guardan en %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1, in %2 (%n backup(s) kept).</source>
        <translation>
            <numerusform>%1, en %2 (%n copia guardada).</numerusform>
            <numerusform>%1, en %2 (%n copias guardadas).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+6"/>
        <source>Settings saved. Restart RemixCRM to see it in the new language.</source>
        <translation>Ajustes guardados. Reinicie RemixCRM para verlo en el nuevo idioma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings saved.</source>
        <translation>Ajustes guardados.</translation>
    </message>
</context>
<context>
    <name>rmx::ui::SpamPage</name>
    <message>
        <location filename="../ui/SpamPage.cpp" line="+63"/>
        <source>&amp;Restore as contact</source>
        <translation>&amp;Restaurar como contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Submissions of your hosted form that looked automated: the hidden bot field was filled in, the form was sent faster than a person can type, or its token was forged or stale. The sender saw a normal thank-you page. Restore anything that is a real inquiry.</source>
        <translation>Envíos de su formulario alojado que parecían automáticos: el campo oculto antibots estaba rellenado, el formulario se envió más rápido de lo que una persona puede escribir, o su token era falso o había caducado. El remitente vio una página de agradecimiento normal. Restaure todo lo que sea una consulta real.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it was caught</source>
        <translation>Motivo de la retención</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client IP</source>
        <translation>IP del cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Caught submissions</source>
        <translation>Envíos retenidos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h3&gt;No spam caught&lt;/h3&gt;&lt;p&gt;When a bot fills in your hosted form, its submission lands here instead of among your contacts, so you can check it and restore it if it was a real person.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;No se ha retenido spam&lt;/h3&gt;&lt;p&gt;Cuando un bot rellena su formulario alojado, su envío llega aquí en lugar de a sus contactos, para que pueda revisarlo y restaurarlo si era una persona real.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Could not restore the submission. Try again.</source>
        <translation>No se ha podido restaurar el envío. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not restore the submission: check %1.</source>
        <translation>No se pudo restaurar el envío: revise %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restored %1 as a contact.</source>
        <translation>Se ha restaurado %1 como contacto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored %1 as a contact, with their lead.</source>
        <translation>Se ha restaurado %1 como contacto, junto con su solicitud.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete submission</source>
        <translation>Eliminar envío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the submission from %1 for good? It cannot be restored afterwards.</source>
        <translation>¿Eliminar definitivamente el envío de %1? Después no se podrá restaurar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unknown sender</source>
        <translation>un remitente desconocido</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not delete the submission. Try again.</source>
        <translation>No se ha podido eliminar el envío. Vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>rmx::ui::TrayController</name>
    <message>
        <location filename="../ui/TrayController.cpp" line="+20"/>
        <source>Open RemixCRM</source>
        <translation>Abrir RemixCRM</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="vanished">Salir</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>RemixCRM</source>
        <translation>RemixCRM</translation>
    </message>
    <message>
        <source>RemixCRM — %1</source>
        <translation type="vanished">RemixCRM — %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New lead: %1</source>
        <translation>Nueva solicitud: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <location line="-24"/>
        <location line="+28"/>
        <source>%n new lead(s)</source>
        <translation>
            <numerusform>%n solicitud nueva</numerusform>
            <numerusform>%n solicitudes nuevas</numerusform>
        </translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Pause notifications</source>
        <translation>Pausar las notificaciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit RemixCRM</source>
        <translation>Salir de RemixCRM</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>New leads (%1)</source>
        <translation>Leads nuevos (%1)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Latest: %1</source>
        <translation>Más reciente: %1</translation>
    </message>
</context>
<context>
    <name>rmx::ui::WebhookDialog</name>
    <message>
        <location filename="../ui/WebhookDialog.cpp" line="+31"/>
        <source>All e&amp;vents, including ones added later</source>
        <translation>Todos los e&amp;ventos, incluidos los que se añadan más adelante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Add webhook</source>
        <translation>&amp;Añadir webhook</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit webhook</source>
        <translation>Editar webhook</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add webhook</source>
        <translation>Añadir webhook</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RemixCRM sends a signed JSON POST to this URL for each event you choose, and tries again later when your endpoint is down.</source>
        <translation>RemixCRM envía un POST JSON firmado a esta URL por cada evento que elija, y vuelve a intentarlo más tarde si su endpoint no está disponible.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Endpoint URL</source>
        <translation>URL del endpoint</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events to send</source>
        <translation>Eventos que enviar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new lead arrives (lead.created)</source>
        <translation>Llega una nueva solicitud (lead.created)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lead is edited or changes status (lead.updated)</source>
        <translation>Se edita una solicitud o cambia su estado (lead.updated)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new contact is added (contact.created)</source>
        <translation>Se añade un nuevo contacto (contact.created)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A contact is edited (contact.updated)</source>
        <translation>Se edita un contacto (contact.updated)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Endpoint &amp;URL:</source>
        <translation>&amp;URL del endpoint:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The signing secret stays the same. It was shown only when the webhook was added.</source>
        <translation>El secreto de firma no cambia. Solo se mostró al añadir el webhook.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>Signing secret</source>
        <translation>Secreto de firma</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Your endpoint checks the &lt;code&gt;X-Rex-Signature&lt;/code&gt; header with this secret. &lt;b&gt;Copy it now: it is not shown again once the webhook is added.&lt;/b&gt;</source>
        <translation>Su endpoint comprueba la cabecera &lt;code&gt;X-Rex-Signature&lt;/code&gt; con este secreto. &lt;b&gt;Cópielo ahora: no se volverá a mostrar una vez añadido el webhook.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+16"/>
        <source>&amp;Reveal</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Reveal the signing secret</source>
        <translation>Mostrar el secreto de firma</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="vanished">&amp;Copiar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the signing secret</source>
        <translation>Copiar el secreto de firma</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Enter the full address of your endpoint, starting with https:// or http://.</source>
        <translation>Introduzca la dirección completa de su endpoint, empezando por https:// o http://.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose at least one event to send.</source>
        <translation>Elija al menos un evento que enviar.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The webhook could not be added. Try again.</source>
        <translation>No se ha podido añadir el webhook. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The webhook could not be saved; it may have been removed meanwhile.</source>
        <translation>No se ha podido guardar el webhook; puede que se haya eliminado mientras tanto.</translation>
    </message>
</context>
<context>
    <name>rmx::ui::WebhooksPage</name>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="+86"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+371"/>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <location line="-370"/>
        <source>Re&amp;move…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;test event</source>
        <translation>Enviar evento de &amp;prueba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redeliver</source>
        <translation>&amp;Reenviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redeliver all &amp;failed</source>
        <translation>Reenviar todas las &amp;fallidas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Webhooks send every new or changed lead to Zapier, n8n, Make or your own server as a signed JSON POST, and try again when the endpoint is down.</source>
        <translation>Los webhooks envían cada solicitud nueva o modificada a Zapier, n8n, Make o a su propio servidor como un POST JSON firmado, y vuelven a intentarlo si el endpoint no está disponible.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add webhook…</source>
        <translation>&amp;Añadir webhook…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Re-ena&amp;ble</source>
        <translation>&amp;Volver a activar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-enable the webhook that was turned off</source>
        <translation>Volver a activar el webhook que se desactivó</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Endpoint URL</source>
        <translation>URL del endpoint</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+374"/>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <location line="-373"/>
        <source>&lt;h3&gt;No webhooks yet&lt;/h3&gt;&lt;p&gt;Add one to send each new lead to Zapier, n8n, Make or your own server the moment it arrives.&lt;/p&gt;&lt;p&gt;Use &lt;b&gt;Add webhook…&lt;/b&gt; above to get started.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Todavía no hay webhooks&lt;/h3&gt;&lt;p&gt;Añada uno para enviar cada nueva solicitud a Zapier, n8n, Make o a su propio servidor en cuanto llegue.&lt;/p&gt;&lt;p&gt;Use &lt;b&gt;Añadir webhook…&lt;/b&gt; arriba para empezar.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Send a test event to the selected webhook</source>
        <translation>Enviar un evento de prueba al webhook seleccionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test event result</source>
        <translation>Resultado del evento de prueba</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+202"/>
        <source>Delivery log</source>
        <translation>Registro de entregas</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Redeliver the selected delivery</source>
        <translation>Reenviar la entrega seleccionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redeliver all failed deliveries of this webhook</source>
        <translation>Reenviar todas las entregas fallidas de este webhook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A redelivery keeps the event id, so your endpoint can skip events it already handled.</source>
        <translation>Un reenvío conserva el id del evento, para que su endpoint pueda omitir los eventos que ya haya procesado.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>All events</source>
        <translation>Todos los eventos</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Enabled, %n failure(s) in a row</source>
        <translation>
            <numerusform>Activado, %n fallo seguido</numerusform>
            <numerusform>Activado, %n fallos seguidos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turned off: %1</source>
        <translation>Desactivado: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Delivery log of %1</source>
        <translation>Registro de entregas de %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>ping (test)</source>
        <translation>ping (prueba)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1
Click to open this lead.</source>
        <translation>%1
Haga clic para abrir esta solicitud.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+227"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>Delivered, %1</source>
        <translation>Entregada, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed: %1</source>
        <translation>Fallida: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retrying at %1 (%2)</source>
        <translation>Reintento: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>E&amp;nable</source>
        <translation>A&amp;ctivar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable the selected webhook</source>
        <translation>Activar el webhook seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable the selected webhook</source>
        <translation>Desactivar el webhook seleccionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable the webhook to send a test event.</source>
        <translation>Active el webhook para enviar un evento de prueba.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;b&gt;Webhook to %1 was turned off automatically.&lt;/b&gt; %2 No events are sent to it until you re-enable it; fix the endpoint first.</source>
        <translation>&lt;b&gt;El webhook a %1 se ha desactivado automáticamente.&lt;/b&gt; %2 No se le enviarán eventos hasta que lo vuelva a activar; corrija primero el endpoint.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>(%n webhook(s) turned off in all.)</source>
        <translation>
            <numerusform>(%n webhook desactivado en total.)</numerusform>
            <numerusform>(%n webhooks desactivados en total.)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The change could not be saved. Try again.</source>
        <translation>No se ha podido guardar el cambio. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Remove webhook</source>
        <translation>Eliminar webhook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the webhook to %1? Events are no longer sent to it, and its delivery log is deleted.</source>
        <translation>¿Eliminar el webhook a %1? Ya no se le enviarán eventos y se eliminará su registro de entregas.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The test event could not be queued.</source>
        <translation>No se ha podido poner en cola el evento de prueba.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No answer after %1 seconds; see the delivery log.</source>
        <translation>Sin respuesta tras %1 segundos; consulte el registro de entregas.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>✓ Test event delivered: %1 in %2 ms</source>
        <translation>✓ Evento de prueba entregado: %1 en %2 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Test event failed: %1 (after %2 ms)</source>
        <translation>✗ El evento de prueba ha fallado: %1 (tras %2 ms)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sending a test event…</source>
        <translation>Enviando un evento de prueba…</translation>
    </message>
</context>
<context>
    <name>rmx::ui::WeeklyLeadsChart</name>
    <message>
        <location filename="../ui/overview/WeeklyLeadsChart.cpp" line="+14"/>
        <source>Leads per week by source</source>
        <translation>Solicitudes por semana, por origen</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n lead(s) in the last 12 weeks</source>
        <translation>
            <numerusform>%n solicitud en las últimas 12 semanas</numerusform>
            <numerusform>%n solicitudes en las últimas 12 semanas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
</context>
</TS>
