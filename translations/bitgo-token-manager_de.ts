<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About BitGo Token Manager</source>
        <translation>Über BitGo Token Manager</translation>
    </message>
    <message>
        <source>Application icon</source>
        <translation>Anwendungssymbol</translation>
    </message>
    <message>
        <source>&lt;h2&gt;BitGo Token Manager&lt;/h2&gt;Least-privilege BitGo access tokens, kept in the OS keychain.</source>
        <translation>&lt;h2&gt;BitGo Token Manager&lt;/h2&gt;BitGo-Zugriffstoken mit minimalen Rechten, aufbewahrt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Qt (running):</source>
        <translation>Qt (laufend):</translation>
    </message>
    <message>
        <source>Qt (built with):</source>
        <translation>Qt (erstellt mit):</translation>
    </message>
    <message>
        <source>Qt Keychain:</source>
        <translation>Qt Keychain:</translation>
    </message>
    <message>
        <source>Keychain backend:</source>
        <translation>Schlüsselbund-Backend:</translation>
    </message>
    <message>
        <source>License:</source>
        <translation>Lizenz:</translation>
    </message>
</context>
<context>
    <name>CreateTokenDialog</name>
    <message>
        <source>New access token</source>
        <translation>Neues Zugriffstoken</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>e.g. treasury-bot on build server</source>
        <translation>z. B. treasury-bot auf dem Build-Server</translation>
    </message>
    <message>
        <source>Label problem</source>
        <translation>Problem mit der Bezeichnung</translation>
    </message>
    <message>
        <source>Life&amp;time:</source>
        <translation>Lauf&amp;zeit:</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Custom expiry date</source>
        <translation>Eigenes Ablaufdatum</translation>
    </message>
    <message>
        <source>Resulting expiry</source>
        <translation>Ergebnis: Ablauf</translation>
    </message>
    <message>
        <source>BitGo recommends short lifetimes: create tokens for the job at hand and rotate them regularly.</source>
        <translation>BitGo empfiehlt kurze Laufzeiten: Erstellen Sie Token für die jeweilige Aufgabe und erneuern Sie sie regelmäßig.</translation>
    </message>
    <message>
        <source>Lifetime problem</source>
        <translation>Problem mit der Laufzeit</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Presets:</source>
        <translation>Vorlagen:</translation>
    </message>
    <message>
        <source>&amp;Read only</source>
        <translation>Nur &amp;lesen</translation>
    </message>
    <message>
        <source>Read only preset</source>
        <translation>Vorgabe „Nur lesen“</translation>
    </message>
    <message>
        <source>S&amp;pender</source>
        <translation>&amp;Ausgeber</translation>
    </message>
    <message>
        <source>Spender preset</source>
        <translation>Vorgabe „Ausgeber“</translation>
    </message>
    <message>
        <source>&amp;Wallet admin</source>
        <translation>&amp;Wallet-Admin</translation>
    </message>
    <message>
        <source>Wallet admin preset</source>
        <translation>Vorgabe „Wallet-Admin“</translation>
    </message>
    <message>
        <source>E&amp;verything</source>
        <translation>A&amp;lles</translation>
    </message>
    <message>
        <source>Everything preset</source>
        <translation>Vorgabe „Alles“</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear all scopes</source>
        <translation>Alle Berechtigungen entfernen</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Filter scopes</source>
        <translation>Berechtigungen filtern</translation>
    </message>
    <message>
        <source>Type to filter scopes by name or description</source>
        <translation>Tippen, um Berechtigungen nach Name oder Beschreibung zu filtern</translation>
    </message>
    <message>
        <source>Scope problem</source>
        <translation>Problem mit den Berechtigungen</translation>
    </message>
    <message>
        <source>Per-wallet &amp;scopes:</source>
        <translation>Wallet-&amp;Berechtigungen:</translation>
    </message>
    <message>
        <source>Per-wallet scopes</source>
        <translation>Berechtigungen pro Wallet</translation>
    </message>
    <message>
        <source>wallet_spend:&lt;32-hex wallet id&gt;, separated by commas or spaces</source>
        <translation>wallet_spend:&lt;32-stellige Hex-Wallet-ID&gt;, getrennt durch Kommas oder Leerzeichen</translation>
    </message>
    <message>
        <source>Per-wallet scope problem</source>
        <translation>Problem mit den Wallet-Berechtigungen</translation>
    </message>
    <message>
        <source>Spending limits</source>
        <translation>Ausgabelimits</translation>
    </message>
    <message>
        <source>The most this token may spend per coin over its whole lifetime, in coin units (BitGo counts every transaction against it). The exact base-unit amount sent to BitGo is shown beside it.</source>
        <translation>Der Höchstbetrag, den dieses Token pro Coin über seine gesamte Laufzeit ausgeben darf, in Coin-Einheiten (BitGo rechnet jede Transaktion darauf an). Der genaue Betrag in Basiseinheiten, der an BitGo gesendet wird, steht daneben.</translation>
    </message>
    <message>
        <source>&amp;Add limit</source>
        <translation>Limit &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add spending limit</source>
        <translation>Ausgabelimit hinzufügen</translation>
    </message>
    <message>
        <source>Spending limit problem</source>
        <translation>Problem mit dem Ausgabelimit</translation>
    </message>
    <message>
        <source>Limit for all ERC-&amp;20 tokens, in base units:</source>
        <translation>Limit für alle ERC-&amp;20-Token, in Basiseinheiten:</translation>
    </message>
    <message>
        <source>Limit for all ERC-20 tokens</source>
        <translation>Limit für alle ERC-20-Token</translation>
    </message>
    <message>
        <source>ERC-20 limit in base units</source>
        <translation>ERC-20-Limit in Basiseinheiten</translation>
    </message>
    <message>
        <source>base units (tokens differ in decimals)</source>
        <translation>Basiseinheiten (Token haben unterschiedlich viele Dezimalstellen)</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>Keine Obergrenze</translation>
    </message>
    <message>
        <source>No cap for ERC-20 tokens</source>
        <translation>Keine Obergrenze für ERC-20-Token</translation>
    </message>
    <message>
        <source>ERC-20 limit problem</source>
        <translation>Problem mit dem ERC-20-Limit</translation>
    </message>
    <message>
        <source>Spending limit warning</source>
        <translation>Warnung zum Ausgabelimit</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>&amp;IP allow-list:</source>
        <translation>&amp;IP-Freigabeliste:</translation>
    </message>
    <message>
        <source>IP allow-list</source>
        <translation>IP-Freigabeliste</translation>
    </message>
    <message>
        <source>203.0.113.7, 198.51.100.0/24</source>
        <translation>203.0.113.7, 198.51.100.0/24</translation>
    </message>
    <message>
        <source>IP allow-list problem</source>
        <translation>Problem mit der IP-Freigabeliste</translation>
    </message>
    <message>
        <source>E&amp;nterprise id:</source>
        <translation>U&amp;nternehmens-ID:</translation>
    </message>
    <message>
        <source>Enterprise id</source>
        <translation>Unternehmens-ID</translation>
    </message>
    <message>
        <source>optional, 32 hexadecimal characters</source>
        <translation>optional, 32 Hexadezimalzeichen</translation>
    </message>
    <message>
        <source>Enterprise id problem</source>
        <translation>Problem mit der Unternehmens-ID</translation>
    </message>
    <message>
        <source>A&amp;dmin token</source>
        <translation>A&amp;dmin-Token</translation>
    </message>
    <message>
        <source>Admin token</source>
        <translation>Admin-Token</translation>
    </message>
    <message>
        <source>Admin scope:</source>
        <translation>Admin-Berechtigung:</translation>
    </message>
    <message>
        <source>Admin scope</source>
        <translation>Admin-Berechtigung</translation>
    </message>
    <message>
        <source>Admin scope problem</source>
        <translation>Problem mit der Admin-Berechtigung</translation>
    </message>
    <message>
        <source>One-time c&amp;ode:</source>
        <translation>Einmal&amp;code:</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Einmalcode</translation>
    </message>
    <message>
        <source>from your authenticator</source>
        <translation>aus Ihrer Authentifizierungs-App</translation>
    </message>
    <message>
        <source>One-time code problem</source>
        <translation>Problem mit dem Einmalcode</translation>
    </message>
    <message>
        <source>Request that will be sent</source>
        <translation>Anfrage, die gesendet wird</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>What is still needed</source>
        <translation>Was noch fehlt</translation>
    </message>
    <message>
        <source>Show re&amp;quest</source>
        <translation>Anfrage an&amp;zeigen</translation>
    </message>
    <message>
        <source>Show request</source>
        <translation>Anfrage anzeigen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Create token</source>
        <translation>Token &amp;erstellen</translation>
    </message>
    <message>
        <source>Create token</source>
        <translation>Token erstellen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your new token. BitGo shows it only once.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ihr neues Token. BitGo zeigt es nur einmal an.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Token details</source>
        <translation>Token-Details</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Neues Token</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>Token anzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Token kopieren</translation>
    </message>
    <message>
        <source>Clipboard countdown</source>
        <translation>Zwischenablage-Countdown</translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation>Schlüsselbund-Status</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Retry storing in keychain</source>
        <translation>Speichern im Schlüsselbund wiederholen</translation>
    </message>
    <message>
        <source>Copy &amp;once</source>
        <translation>&amp;Einmal kopieren</translation>
    </message>
    <message>
        <source>Copy token once</source>
        <translation>Token einmal kopieren</translation>
    </message>
    <message>
        <source>Re&amp;voke now</source>
        <translation>Jetzt &amp;widerrufen</translation>
    </message>
    <message>
        <source>Revoke token now</source>
        <translation>Token jetzt widerrufen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Surplus tokens</source>
        <translation>Überzählige Token</translation>
    </message>
    <message>
        <source>Revoke &amp;them</source>
        <translation>&amp;Sie widerrufen</translation>
    </message>
    <message>
        <source>Revoke surplus tokens</source>
        <translation>Überzählige Token widerrufen</translation>
    </message>
    <message>
        <source>From template</source>
        <translation>Aus Vorlage</translation>
    </message>
    <message>
        <source>Fill the form from a saved template</source>
        <translation>Formular aus einer gespeicherten Vorlage ausfüllen</translation>
    </message>
    <message>
        <source>Save as &amp;template…</source>
        <translation>Als &amp;Vorlage speichern…</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>New token settings</source>
        <translation>Einstellungen des neuen Tokens</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>What this app and its command-line tool did on this machine. No secret or one-time code is ever recorded.</source>
        <translation>Was diese App und ihr Kommandozeilenwerkzeug auf diesem Rechner getan haben. Geheimnisse und Einmalcodes werden nie aufgezeichnet.</translation>
    </message>
    <message>
        <source>Filter by label, token id, user…</source>
        <translation>Nach Bezeichnung, Token-ID, Benutzer filtern…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
</context>
<context>
    <name>ImportTokenDialog</name>
    <message>
        <source>Store a token I already have</source>
        <translation>Ein vorhandenes Token speichern</translation>
    </message>
    <message>
        <source>The token is checked with the server when possible and kept in your OS keychain. Only its description is written to disk.</source>
        <translation>Das Token wird nach Möglichkeit beim Server geprüft und im Schlüsselbund Ihres Systems aufbewahrt. Nur seine Beschreibung wird auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>BitGo Token Manager</source>
        <translation>BitGo Token Manager</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>Su&amp;chen:</translation>
    </message>
    <message>
        <source>Search tokens</source>
        <translation>Token suchen</translation>
    </message>
    <message>
        <source>label, scope, coin, IP, id</source>
        <translation>Bezeichnung, Berechtigung, Coin, IP, ID</translation>
    </message>
    <message>
        <source>Access tokens</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Token details</source>
        <translation>Token-Details</translation>
    </message>
    <message>
        <source>BitGo Token Manager is locked.</source>
        <translation>BitGo Token Manager ist gesperrt.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>BitGo password to unlock the app</source>
        <translation>BitGo-Passwort zum Entsperren der App</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;New token…</source>
        <translation>&amp;Neues Token…</translation>
    </message>
    <message>
        <source>Create a new access token</source>
        <translation>Ein neues Zugriffstoken erstellen</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Copy token</source>
        <translation>Token &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected token to the clipboard (cleared after a delay)</source>
        <translation>Das ausgewählte Token in die Zwischenablage kopieren (wird nach kurzer Zeit geleert)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Write the selected token to a file only you can read</source>
        <translation>Das ausgewählte Token in eine Datei schreiben, die nur Sie lesen können</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>Revoke the selected tokens on the server and forget them here</source>
        <translation>Die ausgewählten Token auf dem Server widerrufen und hier vergessen</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>&amp;Store a token I already have…</source>
        <translation>Vorhandenes Token &amp;speichern…</translation>
    </message>
    <message>
        <source>Keep an existing token in the keychain</source>
        <translation>Ein vorhandenes Token im Schlüsselbund aufbewahren</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Forget locally…</source>
        <translation>Lokal &amp;vergessen…</translation>
    </message>
    <message>
        <source>Remove the token from this machine only; it stays valid on the server</source>
        <translation>Das Token nur von diesem Rechner entfernen; auf dem Server bleibt es gültig</translation>
    </message>
    <message>
        <source>&amp;Unlock session…</source>
        <translation>Sitzung &amp;entsperren…</translation>
    </message>
    <message>
        <source>Unlock the BitGo session for spending (removes spending limits)</source>
        <translation>Die BitGo-Sitzung für Ausgaben entsperren (hebt Ausgabelimits auf)</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Loc&amp;k session</source>
        <translation>Sitzung sper&amp;ren</translation>
    </message>
    <message>
        <source>End the unlock now</source>
        <translation>Die Entsperrung jetzt beenden</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Reload the token list from the server</source>
        <translation>Die Token-Liste neu vom Server laden</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Sign in to BitGo</source>
        <translation>Bei BitGo anmelden</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>End the BitGo session</source>
        <translation>Die BitGo-Sitzung beenden</translation>
    </message>
    <message>
        <source>&amp;Lock the app</source>
        <translation>App &amp;sperren</translation>
    </message>
    <message>
        <source>Hide everything and clear secrets until you confirm your password</source>
        <translation>Alles verbergen und Geheimnisse löschen, bis Sie Ihr Passwort bestätigen</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>About BitGo Token Manager</source>
        <translation>Über BitGo Token Manager</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>What this app did on this machine (no secrets)</source>
        <translation>Was diese App auf diesem Rechner getan hat (ohne Geheimnisse)</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>&amp;Vorlagen…</translation>
    </message>
    <message>
        <source>Saved token shapes: delete, import, export</source>
        <translation>Gespeicherte Token-Formen: löschen, importieren, exportieren</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>&amp;Clear copied tokens after:</source>
        <translation>Kopierte Token &amp;leeren nach:</translation>
    </message>
    <message>
        <source>Clear copied tokens after, seconds</source>
        <translation>Kopierte Token leeren nach, Sekunden</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Sperren nach Inaktivität:</translation>
    </message>
    <message>
        <source>Lock after idle, minutes</source>
        <translation>Sperren nach Inaktivität, Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Default &amp;lifetime of new tokens:</source>
        <translation>Standard-&amp;Laufzeit neuer Token:</translation>
    </message>
    <message>
        <source>Default lifetime of new tokens, days</source>
        <translation>Standard-Laufzeit neuer Token, Tage</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Highlight tokens expiring within:</source>
        <translation>Token &amp;hervorheben, die ablaufen innerhalb von:</translation>
    </message>
    <message>
        <source>Highlight tokens expiring within, days</source>
        <translation>Token hervorheben, die ablaufen innerhalb von, Tage</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>&amp;Default environment:</source>
        <translation>&amp;Standardumgebung:</translation>
    </message>
    <message>
        <source>Default environment</source>
        <translation>Standardumgebung</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>C&amp;ustom environments (BitGo Express, a proxy, a BitGo-compatible server):</source>
        <translation>&amp;Eigene Umgebungen (BitGo Express, ein Proxy, ein BitGo-kompatibler Server):</translation>
    </message>
    <message>
        <source>Custom environments</source>
        <translation>Eigene Umgebungen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Production rules</source>
        <translation>Produktionsregeln</translation>
    </message>
    <message>
        <source>Server xpub</source>
        <translation>Server-xpub</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Re&amp;view flags lifetimes over:</source>
        <translation>Sicherheits&amp;prüfung meldet Laufzeiten über:</translation>
    </message>
    <message>
        <source>Security review flags lifetimes over, days</source>
        <translation>Sicherheitsprüfung meldet Laufzeiten über, Tage</translation>
    </message>
    <message>
        <source>The security review (and tokens review in the CLI) reports tokens that live longer than this, and tokens expiring within the highlight period above. Short lifetimes limit the harm of a leaked token.</source>
        <translation>Die Sicherheitsprüfung (und tokens review in der CLI) meldet Token, die länger gültig sind, und Token, die innerhalb des oben eingestellten Hervorhebungszeitraums ablaufen. Kurze Laufzeiten begrenzen den Schaden eines abhandengekommenen Tokens.</translation>
    </message>
    <message>
        <source>Auth v2 only</source>
        <translation>Nur Auth v2</translation>
    </message>
    <message>
        <source>Sign with BitGo&apos;s auth version 2 for a server that does not speak version 3. Version 2 replies carry no time window, so a replayed reply is not detected: use it only when needed.</source>
        <translation>Mit BitGos Auth-Version 2 signieren, für einen Server, der Version 3 nicht spricht. Antworten in Version 2 tragen kein Zeitfenster, eine wieder eingespielte Antwort wird also nicht erkannt: nur verwenden, wenn es nötig ist.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>RotateTokensDialog</name>
    <message>
        <source>Rotate tokens</source>
        <translation>Token erneuern</translation>
    </message>
    <message>
        <source>Each token is replaced by a new one with the same scopes, spending limits, IP rules, enterprise and admin flag. The new token is stored in the keychain and verified before the old one is revoked; if a step fails, the old token keeps working.</source>
        <translation>Jedes Token wird durch ein neues mit denselben Berechtigungen, Ausgabelimits, IP-Regeln, demselben Unternehmen und Admin-Kennzeichen ersetzt. Das neue Token wird im Schlüsselbund gespeichert und geprüft, bevor das alte widerrufen wird; schlägt ein Schritt fehl, funktioniert das alte Token weiter.</translation>
    </message>
    <message>
        <source>Old token</source>
        <translation>Altes Token</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Neues Token</translation>
    </message>
    <message>
        <source>Lifetime / limit</source>
        <translation>Laufzeit / Limit</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>&amp;Lifetime:</source>
        <translation>&amp;Laufzeit:</translation>
    </message>
    <message>
        <source>Same as the old token</source>
        <translation>Wie beim alten Token</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Keep the old label</source>
        <translation>Alte Bezeichnung behalten</translation>
    </message>
    <message>
        <source>&amp;Carry over only the remaining budget (limit − spent) of each coin</source>
        <translation>Nur das verbleibende Budget (Limit − Ausgegebenes) jedes Coins über&amp;nehmen</translation>
    </message>
    <message>
        <source>&amp;One-time code:</source>
        <translation>&amp;Einmalcode:</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>S&amp;hape:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>Shape of the new token</source>
        <translation>Form des neuen Tokens</translation>
    </message>
    <message>
        <source>Scopes, spending limits, IP rules, enterprise and admin flag of the new token: the old token&apos;s, or a saved template&apos;s (its lifetime too)</source>
        <translation>Berechtigungen, Ausgabelimits, IP-Regeln, Unternehmen und Admin-Kennzeichen des neuen Tokens: die des alten Tokens oder die einer gespeicherten Vorlage (auch deren Laufzeit)</translation>
    </message>
    <message>
        <source>New la&amp;bel:</source>
        <translation>Neue &amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Rotation plan</source>
        <translation>Rotationsplan</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>Än&amp;dern…</translation>
    </message>
    <message>
        <source>Open the new token&apos;s settings in the token editor: scopes, spending limits, IP allow-list, lifetime</source>
        <translation>Die Einstellungen des neuen Tokens im Token-Editor öffnen: Berechtigungen, Ausgabelimits, IP-Freigabeliste, Lebensdauer</translation>
    </message>
</context>
<context>
    <name>SecurityReviewDialog</name>
    <message>
        <source>Security review</source>
        <translation>Sicherheitsprüfung</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Token / finding</source>
        <translation>Token / Befund</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Suggested fix</source>
        <translation>Vorgeschlagene Korrektur</translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation>&amp;Beheben…</translation>
    </message>
    <message>
        <source>&amp;Rotate…</source>
        <translation>&amp;Erneuern…</translation>
    </message>
    <message>
        <source>Replace the selected token with a new one of the same shape, then revoke it</source>
        <translation>Das ausgewählte Token durch ein neues gleicher Form ersetzen und es dann widerrufen</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to BitGo</source>
        <translation>Bei BitGo anmelden</translation>
    </message>
    <message>
        <source>Sign in to list, create and revoke your access tokens. Tokens already stored on this machine can be copied without signing in.</source>
        <translation>Melden Sie sich an, um Ihre Zugriffstoken aufzulisten, zu erstellen und zu widerrufen. Bereits auf diesem Rechner gespeicherte Token können ohne Anmeldung kopiert werden.</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Production: every token you create here must be restricted to IP addresses (CIDR /24 to /32).</source>
        <translation>Produktion: Jedes hier erstellte Token muss auf IP-Adressen beschränkt werden (CIDR /24 bis /32).</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>sie@example.com</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>Einmal&amp;code:</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Einmalcode</translation>
    </message>
    <message>
        <source>from your authenticator app</source>
        <translation>aus Ihrer Authentifizierungs-App</translation>
    </message>
    <message>
        <source>Use an existing access &amp;token instead</source>
        <translation>Stattdessen ein vorhandenes Zugriffs&amp;token verwenden</translation>
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation>Zugriffs&amp;token:</translation>
    </message>
    <message>
        <source>Existing access token</source>
        <translation>Vorhandenes Zugriffstoken</translation>
    </message>
    <message>
        <source>paste the token</source>
        <translation>Token einfügen</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung läuft</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>&amp;Offline arbeiten</translation>
    </message>
    <message>
        <source>Show the tokens stored on this machine without signing in</source>
        <translation>Die auf diesem Rechner gespeicherten Token ohne Anmeldung anzeigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Token templates</source>
        <translation>Token-Vorlagen</translation>
    </message>
    <message>
        <source>A template keeps a token&apos;s shape: scopes, spending limits, IP rules, lifetime, enterprise and admin. Save one from the token editor; share them with your team as JSON files. Templates hold no label, code or secret.</source>
        <translation>Eine Vorlage bewahrt die Form eines Tokens: Berechtigungen, Ausgabelimits, IP-Regeln, Laufzeit, Unternehmen und Admin. Speichern Sie eine im Token-Editor; teilen Sie sie als JSON-Dateien mit Ihrem Team. Vorlagen enthalten keine Bezeichnung, keinen Code und kein Geheimnis.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Template contents</source>
        <translation>Inhalt der Vorlage</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock session</source>
        <translation>Sitzung entsperren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unlocking removes spending limits.&lt;/b&gt; While the session is unlocked, a token that was created with spending limits loses them. Unlock only for the time you need.</source>
        <translation>&lt;b&gt;Entsperren hebt Ausgabelimits auf.&lt;/b&gt; Solange die Sitzung entsperrt ist, verliert ein mit Ausgabelimits erstelltes Token diese Limits. Entsperren Sie nur so lange wie nötig.</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>Einmal&amp;code:</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Einmalcode</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>Unlock duration, minutes</source>
        <translation>Dauer der Entsperrung, Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>bgtm</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Not signed in. Sign in first.</source>
        <translation>Nicht angemeldet. Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>The encrypted token from the server could not be opened: %1</source>
        <translation>Das verschlüsselte Token vom Server konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The keychain cannot hold a new token, so none was created: %1</source>
        <translation>Der Schlüsselbund kann kein neues Token aufnehmen, daher wurde keines erstellt: %1</translation>
    </message>
    <message>
        <source>BitGo access token “%1” (%2)</source>
        <translation>BitGo-Zugriffstoken „%1“ (%2)</translation>
    </message>
    <message>
        <source>BitGo Token Manager keychain check (not a token; keep it)</source>
        <translation>BitGo Token Manager Schlüsselbund-Prüfung (kein Token; bitte behalten)</translation>
    </message>
</context>
<context>
    <name>bgtm::AboutDialog</name>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>KWallet (KDE Plasma)</source>
        <translation>KWallet (KDE Plasma)</translation>
    </message>
    <message>
        <source>Secret Service (libsecret)</source>
        <translation>Secret Service (libsecret)</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Project page&lt;/a&gt; · &lt;a href=&quot;%1/blob/main/SECURITY.md&quot;&gt;Reporting a vulnerability (SECURITY.md)&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Projektseite&lt;/a&gt; · &lt;a href=&quot;%1/blob/main/SECURITY.md&quot;&gt;Eine Sicherheitslücke melden (SECURITY.md)&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>bgtm::ActionHistory</name>
    <message>
        <source>The history folder %1 could not be created.</source>
        <translation>Der Verlaufsordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The history file %1 could not be opened: %2</source>
        <translation>Die Verlaufsdatei %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The history file %1 could not be written: %2</source>
        <translation>Die Verlaufsdatei %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The history file %1 could not be read: %2</source>
        <translation>Die Verlaufsdatei %1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>bgtm::Amount</name>
    <message>
        <source>This coin&apos;s number of decimal places is unknown.</source>
        <translation>Die Anzahl der Dezimalstellen dieses Coins ist unbekannt.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Geben Sie einen Betrag ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: use digits and at most one decimal point, without sign, exponent or spaces.</source>
        <translation>„%1“ ist kein Betrag: Verwenden Sie Ziffern und höchstens einen Dezimalpunkt, ohne Vorzeichen, Exponent oder Leerzeichen.</translation>
    </message>
    <message>
        <source>This coin has no fractional units: enter a whole number.</source>
        <translation>Dieser Coin hat keine Bruchteile: Geben Sie eine ganze Zahl ein.</translation>
    </message>
    <message numerus="yes">
        <source>Too many decimal places: this coin has %n.</source>
        <translation>
            <numerusform>Zu viele Dezimalstellen: Dieser Coin hat %n.</numerusform>
            <numerusform>Zu viele Dezimalstellen: Dieser Coin hat %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of base units.</source>
        <translation>„%1“ ist keine ganze Zahl von Basiseinheiten.</translation>
    </message>
    <message>
        <source>Leave out thousands separators (&quot;%1&quot;); use &quot;%2&quot; for decimals.</source>
        <translation>Lassen Sie Tausendertrennzeichen („%1“) weg; verwenden Sie „%2“ für Dezimalstellen.</translation>
    </message>
    <message>
        <source>The server sent an approximate amount; the remaining budget cannot be computed exactly.</source>
        <translation>Der Server hat einen ungefähren Betrag gesendet; das verbleibende Budget lässt sich nicht genau berechnen.</translation>
    </message>
    <message>
        <source>The server sent an amount that is not a whole number of base units.</source>
        <translation>Der Server hat einen Betrag gesendet, der keine ganze Zahl von Basiseinheiten ist.</translation>
    </message>
</context>
<context>
    <name>bgtm::BitGoClient</name>
    <message>
        <source>Enter a username.</source>
        <translation>Geben Sie einen Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>Geben Sie ein Passwort ein.</translation>
    </message>
    <message>
        <source>The server sent an encrypted token, but this environment names no server key.</source>
        <translation>Der Server hat ein verschlüsseltes Token gesendet, aber für diese Umgebung ist kein Serverschlüssel angegeben.</translation>
    </message>
    <message>
        <source>Enter an access token.</source>
        <translation>Geben Sie ein Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>The unlock duration must be 1 to 3600 seconds.</source>
        <translation>Die Dauer der Entsperrung muss 1 bis 3600 Sekunden betragen.</translation>
    </message>
    <message>
        <source>Enter the one-time code.</source>
        <translation>Geben Sie den Einmalcode ein.</translation>
    </message>
    <message>
        <source>The session does not say which user it belongs to; sign in again.</source>
        <translation>Die Sitzung gibt nicht an, zu welchem Benutzer sie gehört; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server sent the new token encrypted, but this session holds no key to open it.</source>
        <translation>Der Server hat das neue Token verschlüsselt gesendet, aber diese Sitzung hat keinen Schlüssel, um es zu öffnen.</translation>
    </message>
    <message>
        <source>“%1” is not a token id.</source>
        <translation>„%1“ ist keine Token-ID.</translation>
    </message>
    <message>
        <source>The saved session was not used: %1</source>
        <translation>Die gespeicherte Sitzung wurde nicht verwendet: %1</translation>
    </message>
    <message>
        <source>an unrecorded address</source>
        <translation>eine nicht gespeicherte Adresse</translation>
    </message>
    <message>
        <source>The saved session was issued by %1, not by %2 (the environment&apos;s address now); it was not used.</source>
        <translation>Die gespeicherte Sitzung wurde von %1 ausgestellt, nicht von %2 (der jetzigen Adresse der Umgebung); sie wurde nicht verwendet.</translation>
    </message>
</context>
<context>
    <name>bgtm::CoinCatalogue</name>
    <message>
        <source>The coin catalogue is not valid JSON: %1</source>
        <translation>Der Coin-Katalog ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>The coin catalogue has unexpected fields.</source>
        <translation>Der Coin-Katalog hat unerwartete Felder.</translation>
    </message>
    <message>
        <source>The coin catalogue has a malformed entry after %1 coins.</source>
        <translation>Der Coin-Katalog hat nach %1 Coins einen fehlerhaften Eintrag.</translation>
    </message>
    <message>
        <source>The coin catalogue has a bad entry for &quot;%1&quot;.</source>
        <translation>Der Coin-Katalog hat einen fehlerhaften Eintrag für „%1“.</translation>
    </message>
</context>
<context>
    <name>bgtm::CreateTokenDialog</name>
    <message>
        <source>New access token — %1</source>
        <translation>Neues Zugriffstoken — %1</translation>
    </message>
    <message>
        <source>&amp;IP allow-list (required):</source>
        <translation>&amp;IP-Freigabeliste (erforderlich):</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>10 years (the maximum)</source>
        <translation>10 Jahre (das Maximum)</translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation>Bis zu einem Datum…</translation>
    </message>
    <message>
        <source>Coin</source>
        <translation>Coin</translation>
    </message>
    <message>
        <source>Lifetime limit</source>
        <translation>Limit für die Laufzeit</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>Keine Obergrenze</translation>
    </message>
    <message>
        <source>Sent as</source>
        <translation>Gesendet als</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Voll</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation>Die Zwischenablage wurde geleert.</translation>
    </message>
    <message>
        <source>e.g. tbtc</source>
        <translation>z. B. tbtc</translation>
    </message>
    <message>
        <source>Lifetime spending limit in coin units</source>
        <translation>Ausgabelimit für die Laufzeit in Coin-Einheiten</translation>
    </message>
    <message>
        <source>Amount in base units</source>
        <translation>Betrag in Basiseinheiten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this spending limit</source>
        <translation>Dieses Ausgabelimit entfernen</translation>
    </message>
    <message>
        <source>Expires %1.</source>
        <translation>Läuft ab am %1.</translation>
    </message>
    <message>
        <source>BitGo recommends short lifetimes and regular rotation: a long-lived token is a long-lived risk if it leaks.</source>
        <translation>BitGo empfiehlt kurze Laufzeiten und regelmäßige Erneuerung: Ein langlebiges Token ist ein langlebiges Risiko, falls es abhandenkommt.</translation>
    </message>
    <message>
        <source>BitGo recommends short lifetimes and regular rotation.</source>
        <translation>BitGo empfiehlt kurze Laufzeiten und regelmäßige Erneuerung.</translation>
    </message>
    <message>
        <source>Spend or approve scopes without a spending limit: this token will need to be unlocked with a one-time code regularly before it can move funds. Add a limit to let it work unattended within that limit.</source>
        <translation>Ausgabe- oder Freigabeberechtigungen ohne Ausgabelimit: Dieses Token muss regelmäßig mit einem Einmalcode entsperrt werden, bevor es Geld bewegen kann. Fügen Sie ein Limit hinzu, damit es innerhalb dieses Limits unbeaufsichtigt arbeiten kann.</translation>
    </message>
    <message>
        <source>a label</source>
        <translation>eine Bezeichnung</translation>
    </message>
    <message>
        <source>the one-time code</source>
        <translation>den Einmalcode</translation>
    </message>
    <message>
        <source>at least one scope</source>
        <translation>mindestens eine Berechtigung</translation>
    </message>
    <message>
        <source>the IP allow-list</source>
        <translation>die IP-Freigabeliste</translation>
    </message>
    <message>
        <source>a lifetime</source>
        <translation>eine Laufzeit</translation>
    </message>
    <message>
        <source>the spending limits</source>
        <translation>die Ausgabelimits</translation>
    </message>
    <message>
        <source>the ERC-20 limit</source>
        <translation>das ERC-20-Limit</translation>
    </message>
    <message>
        <source>Still needed: %1.</source>
        <translation>Noch erforderlich: %1.</translation>
    </message>
    <message>
        <source>no cap (maxLimit)</source>
        <translation>keine Obergrenze (maxLimit)</translation>
    </message>
    <message>
        <source>%1 base units</source>
        <translation>%1 Basiseinheiten</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n decimal(s)</source>
        <translation>
            <numerusform>%1, %n Dezimalstelle</numerusform>
            <numerusform>%1, %n Dezimalstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking that the keychain can hold the new token…</source>
        <translation>Prüfe, ob der Schlüsselbund das neue Token aufnehmen kann…</translation>
    </message>
    <message>
        <source>Nothing was sent: the keychain cannot store a new token right now. %1</source>
        <translation>Nichts wurde gesendet: Der Schlüsselbund kann gerade kein neues Token speichern. %1</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Nichts wurde gesendet: %1</translation>
    </message>
    <message>
        <source>Creating the token…</source>
        <translation>Token wird erstellt…</translation>
    </message>
    <message>
        <source>(request id %1)</source>
        <translation>(Anfrage-ID %1)</translation>
    </message>
    <message>
        <source>The server refused the request; see the marked field.</source>
        <translation>Der Server hat die Anfrage abgelehnt; siehe das markierte Feld.</translation>
    </message>
    <message>
        <source>“%1”, id %2, expires %3.</source>
        <translation>„%1“, ID %2, läuft ab am %3.</translation>
    </message>
    <message>
        <source>The server&apos;s reply could not be verified (plain sign-in); check the token in BitGo&apos;s web page before relying on it.</source>
        <translation>Die Antwort des Servers konnte nicht geprüft werden (einfache Anmeldung); prüfen Sie das Token auf der BitGo-Webseite, bevor Sie sich darauf verlassen.</translation>
    </message>
    <message>
        <source>Storing in your keychain…</source>
        <translation>Wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Stored in your keychain.</source>
        <translation>Im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Revoked on the server; nothing to store.</source>
        <translation>Auf dem Server widerrufen; nichts zu speichern.</translation>
    </message>
    <message>
        <source>%1
Retry, copy it once to keep it elsewhere, or revoke it now.</source>
        <translation>%1
Wiederholen Sie, kopieren Sie es einmal, um es anderswo aufzubewahren, oder widerrufen Sie es jetzt.</translation>
    </message>
    <message>
        <source>Copied. Paste it where it belongs before the clipboard is cleared.</source>
        <translation>Kopiert. Fügen Sie es an der richtigen Stelle ein, bevor die Zwischenablage geleert wird.</translation>
    </message>
    <message>
        <source>Revoking failed: %1</source>
        <translation>Widerrufen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Revoking %1 failed: %2</source>
        <translation>Widerrufen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The extra tokens were revoked.</source>
        <translation>Die zusätzlichen Token wurden widerrufen.</translation>
    </message>
    <message>
        <source>Close without keeping the token?</source>
        <translation>Schließen, ohne das Token zu behalten?</translation>
    </message>
    <message>
        <source>The new token is neither stored in your keychain nor copied. BitGo will never show it again. Close anyway?</source>
        <translation>Das neue Token ist weder im Schlüsselbund gespeichert noch kopiert. BitGo zeigt es nie wieder an. Trotzdem schließen?</translation>
    </message>
    <message>
        <source>loading coins…</source>
        <translation>Coins werden geladen…</translation>
    </message>
    <message>
        <source>The coin list is still loading…</source>
        <translation>Die Coin-Liste wird noch geladen…</translation>
    </message>
    <message>
        <source>could not be stored</source>
        <translation>konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>surplus from a silent resend</source>
        <translation>überzählig durch stilles erneutes Senden</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>Template &amp;name:</source>
        <translation>Vorlagen&amp;name:</translation>
    </message>
    <message>
        <source>Saved template “%1”.</source>
        <translation>Vorlage „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>From template…</source>
        <translation>Aus Vorlage…</translation>
    </message>
    <message>
        <source>No templates are available.</source>
        <translation>Es sind keine Vorlagen vorhanden.</translation>
    </message>
    <message>
        <source>The template&apos;s spending limits could not be filled in (unknown coin, or the coin list is still loading).</source>
        <translation>Die Ausgabelimits der Vorlage konnten nicht eingetragen werden (unbekannter Coin, oder die Coin-Liste wird noch geladen).</translation>
    </message>
    <message>
        <source>Fix the form first: %1</source>
        <translation>Korrigieren Sie zuerst das Formular: %1</translation>
    </message>
    <message>
        <source>Close and lose the token</source>
        <translation>Schließen, Token verwerfen</translation>
    </message>
    <message>
        <source>Cancelled after the request went out.</source>
        <translation>Abgebrochen, nachdem die Anfrage gesendet war.</translation>
    </message>
    <message>
        <source>The server may already have made the token. It stays in the token list as a pending creation until the next refresh settles it; a token made by it is then flagged for revocation.</source>
        <translation>Der Server hat das Token möglicherweise schon erstellt. Es bleibt als ausstehende Erstellung in der Token-Liste, bis die nächste Aktualisierung das klärt; ein so erstelltes Token wird dann zum Widerrufen markiert.</translation>
    </message>
    <message>
        <source>The request was sent more than once. These tokens look like the new one, but may be someone else&apos;s: %1. Revoke only those that are yours.</source>
        <translation>Die Anfrage wurde mehr als einmal gesendet. Diese Token sehen aus wie das neue, können aber jemand anderem gehören: %1. Widerrufen Sie nur Ihre eigenen.</translation>
    </message>
    <message>
        <source>The request was sent more than once, and whether that made extra tokens could not be checked; look at the token list.</source>
        <translation>Die Anfrage wurde mehr als einmal gesendet, und ob dabei zusätzliche Token entstanden sind, ließ sich nicht prüfen; sehen Sie in der Token-Liste nach.</translation>
    </message>
    <message>
        <source>The request was sent more than once, and BitGo created extra tokens that nobody holds; these could not be revoked: %1. Revoke them.</source>
        <translation>Die Anfrage wurde mehr als einmal gesendet, und BitGo hat zusätzliche Token erstellt, die niemand hält; diese ließen sich nicht widerrufen: %1. Widerrufen Sie sie.</translation>
    </message>
    <message numerus="yes">
        <source>The request was sent more than once, and BitGo created %n extra token(s) that nobody held: %1. They were revoked.</source>
        <translation>
            <numerusform>Die Anfrage wurde mehr als einmal gesendet, und BitGo hat %n zusätzliches Token erstellt, das niemand hielt: %1. Es wurde widerrufen.</numerusform>
            <numerusform>Die Anfrage wurde mehr als einmal gesendet, und BitGo hat %n zusätzliche Token erstellt, die niemand hielt: %1. Sie wurden widerrufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>To correct: %1.</source>
        <translation>Zu korrigieren: %1.</translation>
    </message>
    <message>
        <source>Discard this form?</source>
        <translation>Dieses Formular verwerfen?</translation>
    </message>
    <message>
        <source>The form has entries that are not saved anywhere. Close and discard them?</source>
        <translation>Das Formular enthält Eingaben, die nirgends gespeichert sind. Schließen und verwerfen?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>more than can ever exist</source>
        <translation>mehr als es je geben kann</translation>
    </message>
    <message>
        <source>Sent as %1 base units</source>
        <translation>Gesendet als %1 Basiseinheiten</translation>
    </message>
    <message>
        <source>Some spending limits could not be shown (unknown coin).</source>
        <translation>Einige Ausgabelimits konnten nicht angezeigt werden (unbekannte Coin).</translation>
    </message>
    <message>
        <source>Settings of the new token — %1</source>
        <translation>Einstellungen des neuen Tokens — %1</translation>
    </message>
    <message>
        <source>&amp;Use these settings</source>
        <translation>Diese Einstellungen &amp;verwenden</translation>
    </message>
</context>
<context>
    <name>bgtm::CreateTokenRequest</name>
    <message>
        <source>Enter an IP address or range, or remove the empty entry.</source>
        <translation>Geben Sie eine IP-Adresse oder einen Bereich ein, oder entfernen Sie den leeren Eintrag.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: remove the spaces.</source>
        <translation>„%1“: Entfernen Sie die Leerzeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: IPv6 ranges are not accepted; list IPv6 addresses one by one.</source>
        <translation>„%1“: IPv6-Bereiche werden nicht akzeptiert; führen Sie IPv6-Adressen einzeln auf.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 range like 203.0.113.0/24.</source>
        <translation>„%1“ ist kein IPv4-Bereich wie 203.0.113.0/24.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the prefix after &quot;/&quot; must be a number from 24 to 32.</source>
        <translation>„%1“: Das Präfix nach „/“ muss eine Zahl von 24 bis 32 sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: BitGo accepts ranges from /24 (256 addresses) to /32 only.</source>
        <translation>„%1“: BitGo akzeptiert nur Bereiche von /24 (256 Adressen) bis /32.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address.</source>
        <translation>„%1“ ist keine IPv4- oder IPv6-Adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of base units: use digits only, without sign, decimal point or leading zeros.</source>
        <translation>„%1“ ist keine ganze Zahl von Basiseinheiten: Verwenden Sie nur Ziffern, ohne Vorzeichen, Dezimalpunkt oder führende Nullen.</translation>
    </message>
    <message>
        <source>Give the token a label so you can recognise it later.</source>
        <translation>Geben Sie dem Token eine Bezeichnung, damit Sie es später wiedererkennen.</translation>
    </message>
    <message>
        <source>Enter the one-time code from your authenticator.</source>
        <translation>Geben Sie den Einmalcode aus Ihrer Authentifizierungs-App ein.</translation>
    </message>
    <message>
        <source>Choose at least one scope: a token without scopes can do nothing.</source>
        <translation>Wählen Sie mindestens eine Berechtigung: Ein Token ohne Berechtigungen kann nichts.</translation>
    </message>
    <message>
        <source>A scope is empty.</source>
        <translation>Eine Berechtigung ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a scope BitGo knows.</source>
        <translation>„%1“ ist keine Berechtigung, die BitGo kennt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not take a wallet id; only wallet_view, wallet_spend, wallet_manage, wallet_approve, wallet_edit, wallet_freeze and wallet_stake do.</source>
        <translation>„%1“ nimmt keine Wallet-ID an; das tun nur wallet_view, wallet_spend, wallet_manage, wallet_approve, wallet_edit, wallet_freeze und wallet_stake.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the wallet id after &quot;:&quot; must be 32 lowercase hexadecimal characters.</source>
        <translation>„%1“: Die Wallet-ID nach „:“ muss aus 32 kleingeschriebenen Hexadezimalzeichen bestehen.</translation>
    </message>
    <message>
        <source>&quot;all&quot; is allowed in the test environment only; choose the scopes you need.</source>
        <translation>„all“ ist nur in der Testumgebung erlaubt; wählen Sie die Berechtigungen, die Sie brauchen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation>„%1“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>The lifetime must be between 1 second and 10 years (315360000 seconds).</source>
        <translation>Die Laufzeit muss zwischen 1 Sekunde und 10 Jahren (315360000 Sekunden) liegen.</translation>
    </message>
    <message>
        <source>Production tokens must be limited to IP addresses: add the addresses that will use the token.</source>
        <translation>Produktions-Token müssen auf IP-Adressen beschränkt sein: Fügen Sie die Adressen hinzu, die das Token verwenden werden.</translation>
    </message>
    <message>
        <source>The enterprise id must be 32 lowercase hexadecimal characters (0-9, a-f).</source>
        <translation>Die Unternehmens-ID muss aus 32 kleingeschriebenen Hexadezimalzeichen (0-9, a-f) bestehen.</translation>
    </message>
    <message>
        <source>The admin scope must be &quot;read&quot; or &quot;full&quot;.</source>
        <translation>Die Admin-Berechtigung muss „read“ oder „full“ sein.</translation>
    </message>
    <message>
        <source>An admin scope needs the admin option.</source>
        <translation>Eine Admin-Berechtigung erfordert die Admin-Option.</translation>
    </message>
    <message>
        <source>Choose a coin for this spending limit.</source>
        <translation>Wählen Sie einen Coin für dieses Ausgabelimit.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a coin BitGo knows.</source>
        <translation>„%1“ ist kein Coin, den BitGo kennt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has a spending limit; each coin can have one.</source>
        <translation>„%1“ hat bereits ein Ausgabelimit; jeder Coin kann eines haben.</translation>
    </message>
    <message>
        <source>Enter an amount, or choose &quot;no cap&quot;.</source>
        <translation>Geben Sie einen Betrag ein oder wählen Sie „keine Obergrenze“.</translation>
    </message>
    <message>
        <source>Enter an amount in base units for all ERC-20 tokens, or choose &quot;no cap&quot;.</source>
        <translation>Geben Sie einen Betrag in Basiseinheiten für alle ERC-20-Token ein oder wählen Sie „keine Obergrenze“.</translation>
    </message>
    <message>
        <source>The %1 limit of %2 %1 is more than all the %1 that can ever exist (%3 %1), so it caps nothing. Enter the most this token may spend, or choose &quot;no cap&quot; to say so.</source>
        <translation>Das %1-Limit von %2 %1 ist mehr als alle %1, die es je geben kann (%3 %1), und begrenzt daher nichts. Geben Sie den Höchstbetrag ein, den dieses Token ausgeben darf, oder wählen Sie „Keine Obergrenze“, um genau das zu sagen.</translation>
    </message>
</context>
<context>
    <name>bgtm::Environment</name>
    <message>
        <source>BitGo Test</source>
        <translation>BitGo Test</translation>
    </message>
    <message>
        <source>BitGo Production</source>
        <translation>BitGo Produktion</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>The address is not a valid URL.</source>
        <translation>Die Adresse ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>Die Adresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>Die Adresse hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password.</source>
        <translation>Die Adresse darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>The address must be a server only (scheme, host and port), without a path.</source>
        <translation>Die Adresse darf nur einen Server angeben (Schema, Host und Port), ohne Pfad.</translation>
    </message>
    <message>
        <source>The address must not contain a query (?…) or fragment (#…).</source>
        <translation>Die Adresse darf keine Abfrage (?…) und kein Fragment (#…) enthalten.</translation>
    </message>
    <message>
        <source>Plain http:// would send passwords and tokens readable by anyone on the network; it is allowed only to this computer (localhost, 127.0.0.0/8, ::1). Use https://.</source>
        <translation>Einfaches http:// würde Passwörter und Token für jeden im Netzwerk lesbar senden; es ist nur zu diesem Rechner erlaubt (localhost, 127.0.0.0/8, ::1). Verwenden Sie https://.</translation>
    </message>
</context>
<context>
    <name>bgtm::ExpiryBanner</name>
    <message>
        <source>&amp;Rotate…</source>
        <translation>&amp;Erneuern…</translation>
    </message>
    <message>
        <source>Replace these tokens with new ones, then revoke the old ones</source>
        <translation>Diese Token durch neue ersetzen und dann die alten widerrufen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) expire within %1 days: %2</source>
        <translation>
            <numerusform>%n Token läuft innerhalb von %1 Tagen ab: %2</numerusform>
            <numerusform>%n Token laufen innerhalb von %1 Tagen ab: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bgtm::ExpiryNotifier</name>
    <message>
        <source>Access tokens expire soon</source>
        <translation>Zugriffstoken laufen bald ab</translation>
    </message>
    <message>
        <source>Click to rotate them.</source>
        <translation>Klicken, um sie zu erneuern.</translation>
    </message>
</context>
<context>
    <name>bgtm::ExportFileDialog</name>
    <message>
        <source>Export token to a new file</source>
        <translation>Token in eine neue Datei exportieren</translation>
    </message>
    <message>
        <source>Token only (*.token)</source>
        <translation>Nur das Token (*.token)</translation>
    </message>
    <message>
        <source>.env line, BITGO_ACCESS_TOKEN=… (*.env)</source>
        <translation>.env-Zeile, BITGO_ACCESS_TOKEN=… (*.env)</translation>
    </message>
    <message>
        <source>Shell export line (*.sh)</source>
        <translation>Shell-Exportzeile (*.sh)</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Datei existiert</translation>
    </message>
    <message>
        <source>“%1” exists already. An export never replaces a file: choose another name.</source>
        <translation>„%1“ existiert bereits. Ein Export ersetzt nie eine Datei: Wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>bgtm::HistoryDialog</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Token id</source>
        <translation>Token-ID</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>No history is kept.</source>
        <translation>Es wird kein Verlauf geführt.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read (for example torn by a crash) and are not shown.</source>
        <translation>
            <numerusform>%n Zeile konnte nicht gelesen werden (zum Beispiel durch einen Absturz zerrissen) und wird nicht angezeigt.</numerusform>
            <numerusform>%n Zeilen konnten nicht gelesen werden (zum Beispiel durch einen Absturz zerrissen) und werden nicht angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Verlauf als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n entry(ies) to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 geschrieben.</numerusform>
            <numerusform>%n Einträge nach %1 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bgtm::ImportTokenDialog</name>
    <message>
        <source>Give the token a label so you can recognise it.</source>
        <translation>Geben Sie dem Token eine Bezeichnung, damit Sie es wiedererkennen.</translation>
    </message>
    <message>
        <source>Paste the whole token (no spaces).</source>
        <translation>Fügen Sie das ganze Token ein (ohne Leerzeichen).</translation>
    </message>
</context>
<context>
    <name>bgtm::Keychain</name>
    <message>
        <source>The keychain holds no such item.</source>
        <translation>Der Schlüsselbund enthält keinen solchen Eintrag.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access (%1).</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert (%1).</translation>
    </message>
    <message>
        <source>No keychain service is available (%1).</source>
        <translation>Kein Schlüsselbund-Dienst verfügbar (%1).</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund meldete einen Fehler: %1</translation>
    </message>
</context>
<context>
    <name>bgtm::KeychainBanner</name>
    <message>
        <source>The keychain is locked; unlock it to store new tokens.</source>
        <translation>Der Schlüsselbund ist gesperrt; entsperren Sie ihn, um neue Token zu speichern.</translation>
    </message>
    <message>
        <source>No keychain service is running to store new tokens in.</source>
        <translation>Es läuft kein Schlüsselbunddienst, in dem neue Token gespeichert werden könnten.</translation>
    </message>
    <message>
        <source>The keychain answers with errors, so new tokens cannot be stored.</source>
        <translation>Der Schlüsselbund antwortet mit Fehlern, daher können keine neuen Token gespeichert werden.</translation>
    </message>
    <message>
        <source>&amp;Unlock keychain…</source>
        <translation>Schlüsselbund &amp;entsperren…</translation>
    </message>
    <message>
        <source>Your system asks for the keychain&apos;s password</source>
        <translation>Ihr System fragt nach dem Passwort des Schlüsselbunds</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>What the keychain service itself reported</source>
        <translation>Was der Schlüsselbunddienst selbst gemeldet hat</translation>
    </message>
    <message>
        <source>The keychain is locked. New tokens are stored there, so creating one waits until it is unlocked; tokens already stored stay where they are.</source>
        <translation>Der Schlüsselbund ist gesperrt. Neue Token werden dort gespeichert, daher wartet das Erstellen, bis er entsperrt ist; bereits gespeicherte Token bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>No keychain service is running, so new tokens cannot be stored and creating one is off. Start GNOME Keyring, or turn on “Secret Service integration” in KeePassXC, then check again.</source>
        <translation>Es läuft kein Schlüsselbunddienst, daher können keine neuen Token gespeichert werden und das Erstellen ist aus. Starten Sie GNOME Keyring oder schalten Sie in KeePassXC die „Secret-Service-Integration“ ein, und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The keychain answers with errors, so new tokens cannot be stored and creating one is off. Check that it is unlocked and working, then check again.</source>
        <translation>Der Schlüsselbund antwortet mit Fehlern, daher können keine neuen Token gespeichert werden und das Erstellen ist aus. Prüfen Sie, ob er entsperrt ist und funktioniert, und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Waiting for the keychain… (its own prompt may be open; it can be cancelled there)</source>
        <translation>Warte auf den Schlüsselbund… (seine eigene Abfrage ist vielleicht offen; dort kann sie abgebrochen werden)</translation>
    </message>
    <message>
        <source>The keychain service gave no further detail.</source>
        <translation>Der Schlüsselbunddienst hat keine weiteren Angaben gemacht.</translation>
    </message>
</context>
<context>
    <name>bgtm::LocalSandbox</name>
    <message>
        <source>No local sandbox is running (no runtime file).</source>
        <translation>Keine lokale Sandbox läuft (keine Laufzeitdatei).</translation>
    </message>
    <message>
        <source>The local sandbox&apos;s runtime file is malformed.</source>
        <translation>Die Laufzeitdatei der lokalen Sandbox ist fehlerhaft.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The local sandbox (bitgo-sandbox) was not found next to this program or on PATH.</source>
        <translation>Die lokale Sandbox (bitgo-sandbox) wurde weder neben diesem Programm noch im PATH gefunden.</translation>
    </message>
    <message>
        <source>The local sandbox could not be started: %1</source>
        <translation>Die lokale Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>The local sandbox did not start within %n second(s).</source>
        <translation>
            <numerusform>Die lokale Sandbox ist nicht innerhalb von %n Sekunde gestartet.</numerusform>
            <numerusform>Die lokale Sandbox ist nicht innerhalb von %n Sekunden gestartet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bgtm::MainWindow</name>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Your BitGo session has expired. Sign in again to continue.</source>
        <translation>Ihre BitGo-Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>Your BitGo session has expired. Sign in again and what you were doing will continue.</source>
        <translation>Ihre BitGo-Sitzung ist abgelaufen. Melden Sie sich erneut an, dann geht es dort weiter, wo Sie waren.</translation>
    </message>
    <message>
        <source>This needs a BitGo session. Sign in first.</source>
        <translation>Dafür ist eine BitGo-Sitzung nötig. Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source> (request id %1)</source>
        <translation> (Anfrage-ID %1)</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Abmeldung läuft…</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <source>Signed out here; the server could not be told: %1</source>
        <translation>Hier abgemeldet; der Server konnte nicht benachrichtigt werden: %1</translation>
    </message>
    <message>
        <source>Loading tokens…</source>
        <translation>Token werden geladen…</translation>
    </message>
    <message>
        <source>The server list is incomplete; some tokens may be missing.</source>
        <translation>Die Liste des Servers ist unvollständig; einige Token fehlen möglicherweise.</translation>
    </message>
    <message>
        <source>Offline: tokens stored on this machine</source>
        <translation>Offline: auf diesem Rechner gespeicherte Token</translation>
    </message>
    <message>
        <source>Downgraded session (no ECDH key): new tokens arrive unencrypted</source>
        <translation>Herabgestufte Sitzung (kein ECDH-Schlüssel): Neue Token kommen unverschlüsselt an</translation>
    </message>
    <message>
        <source>Session locked</source>
        <translation>Sitzung gesperrt</translation>
    </message>
    <message>
        <source>Unlocked: %1:%2 left</source>
        <translation>Entsperrt: noch %1:%2</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a token to see its details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie ein Token aus, um seine Details zu sehen.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n tokens selected.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n Token ausgewählt.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n Token ausgewählt.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>(not yet known)</source>
        <translation>(noch nicht bekannt)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Spending limits</source>
        <translation>Ausgabelimits</translation>
    </message>
    <message>
        <source>IP rules</source>
        <translation>IP-Regeln</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Production token</source>
        <translation>Produktions-Token</translation>
    </message>
    <message>
        <source>“%1” is a Production token that can move real funds. %2 it anyway?</source>
        <translation>„%1“ ist ein Produktions-Token, das echtes Geld bewegen kann. Trotzdem %2?</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <source>The token could not be read from the keychain: %1</source>
        <translation>Das Token konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>Token on the clipboard</source>
        <translation>Token in der Zwischenablage</translation>
    </message>
    <message>
        <source>Copied “%1”.</source>
        <translation>„%1“ kopiert.</translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>Zwischenablage wird in %n s geleert</numerusform>
            <numerusform>Zwischenablage wird in %n s geleert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Exported “%1” to %2 (readable only by you).</source>
        <translation>„%1“ nach %2 exportiert (nur für Sie lesbar).</translation>
    </message>
    <message>
        <source>Revoke tokens</source>
        <translation>Token widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n token(s) on the server? Anything using them stops working at once.

%1</source>
        <translation>
            <numerusform>%n Token auf dem Server widerrufen? Alles, was es verwendet, funktioniert sofort nicht mehr.

%1</numerusform>
            <numerusform>%n Token auf dem Server widerrufen? Alles, was sie verwendet, funktioniert sofort nicht mehr.

%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke report</source>
        <translation>Widerrufsbericht</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) could not be revoked.</source>
        <translation>
            <numerusform>%n Token konnte nicht widerrufen werden.</numerusform>
            <numerusform>%n Token konnten nicht widerrufen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n token(s).</source>
        <translation>
            <numerusform>%n Token widerrufen.</numerusform>
            <numerusform>%n Token widerrufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoking “%1”…</source>
        <translation>„%1“ wird widerrufen…</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
    <message>
        <source>✓ %1: revoked</source>
        <translation>✓ %1: widerrufen</translation>
    </message>
    <message>
        <source>✓ %1: already gone on the server</source>
        <translation>✓ %1: auf dem Server bereits entfernt</translation>
    </message>
    <message>
        <source>Forget token</source>
        <translation>Token vergessen</translation>
    </message>
    <message>
        <source>Remove “%1” from this machine? It stays valid on the server until it expires or is revoked, and its secret cannot be shown again.</source>
        <translation>„%1“ von diesem Rechner entfernen? Auf dem Server bleibt es gültig, bis es abläuft oder widerrufen wird, und sein Geheimnis kann nicht wieder angezeigt werden.</translation>
    </message>
    <message>
        <source>Removing from the keychain…</source>
        <translation>Wird aus dem Schlüsselbund entfernt…</translation>
    </message>
    <message>
        <source>Forgot “%1” on this machine.</source>
        <translation>„%1“ auf diesem Rechner vergessen.</translation>
    </message>
    <message>
        <source>Could not forget “%1”: %2</source>
        <translation>„%1“ konnte nicht vergessen werden: %2</translation>
    </message>
    <message>
        <source>Could not store “%1”: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Stored “%1” in the keychain.</source>
        <translation>„%1“ im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Stored “%1” as unverified: the server did not confirm it.</source>
        <translation>„%1“ als ungeprüft gespeichert: Der Server hat es nicht bestätigt.</translation>
    </message>
    <message>
        <source>Checking the token with the server…</source>
        <translation>Token wird beim Server geprüft…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Entsperren…</translation>
    </message>
    <message>
        <source>Session unlocked. Spending limits do not apply until it locks again.</source>
        <translation>Sitzung entsperrt. Ausgabelimits gelten erst wieder, wenn sie gesperrt wird.</translation>
    </message>
    <message>
        <source>Locking the session…</source>
        <translation>Sitzung wird gesperrt…</translation>
    </message>
    <message>
        <source>Session locked.</source>
        <translation>Sitzung gesperrt.</translation>
    </message>
    <message>
        <source>BitGo Token Manager is locked. Enter your BitGo password to continue.</source>
        <translation>BitGo Token Manager ist gesperrt. Geben Sie Ihr BitGo-Passwort ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>BitGo Token Manager is locked. Unlock to check the keychain is yours.</source>
        <translation>BitGo Token Manager ist gesperrt. Entsperren Sie, damit geprüft wird, dass der Schlüsselbund Ihnen gehört.</translation>
    </message>
    <message>
        <source>Checking your password…</source>
        <translation>Passwort wird geprüft…</translation>
    </message>
    <message>
        <source>That password is not correct.</source>
        <translation>Dieses Passwort ist nicht korrekt.</translation>
    </message>
    <message>
        <source>Asking the keychain…</source>
        <translation>Schlüsselbund wird gefragt…</translation>
    </message>
    <message>
        <source>The keychain did not unlock: %1</source>
        <translation>Der Schlüsselbund wurde nicht entsperrt: %1</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>&amp;Erneuern…</translation>
    </message>
    <message>
        <source>Replace the selected tokens with new ones, then revoke the old ones</source>
        <translation>Die ausgewählten Token durch neue ersetzen und dann die alten widerrufen</translation>
    </message>
    <message>
        <source>Security &amp;review…</source>
        <translation>Sicherheits&amp;prüfung…</translation>
    </message>
    <message>
        <source>Risky tokens with the reason and a fix: limits, IP rules, lifetime, expiry</source>
        <translation>Riskante Token mit Grund und Korrektur: Limits, IP-Regeln, Laufzeit, Ablauf</translation>
    </message>
    <message>
        <source>Stopped waiting for the keychain. It may be locked or busy and can still finish in the background; trying again checks first.</source>
        <translation>Warten auf den Schlüsselbund beendet. Er ist möglicherweise gesperrt oder beschäftigt und kann im Hintergrund noch fertig werden; ein neuer Versuch prüft zuerst.</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>format %1, to %2</source>
        <translation>Format %1, nach %2</translation>
    </message>
    <message>
        <source>already gone on the server</source>
        <translation>auf dem Server bereits entfernt</translation>
    </message>
    <message>
        <source>Refresh first: the selected tokens are not in the server&apos;s list.</source>
        <translation>Aktualisieren Sie zuerst: Die ausgewählten Token sind nicht in der Liste des Servers.</translation>
    </message>
    <message>
        <source>No live token %1 on the server: refresh and try again.</source>
        <translation>Kein gültiges Token %1 auf dem Server: Aktualisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Storing in the keychain…</source>
        <translation>Wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>ungeprüft</translation>
    </message>
    <message>
        <source>Sign in to review the tokens on the server.</source>
        <translation>Melden Sie sich an, um die Token auf dem Server zu prüfen.</translation>
    </message>
    <message>
        <source>The expiring tokens are not in the table: clear the search or refresh.</source>
        <translation>Die ablaufenden Token sind nicht in der Tabelle: Leeren Sie die Suche oder aktualisieren Sie.</translation>
    </message>
    <message>
        <source>The local index was not updated: %1</source>
        <translation>Der lokale Index wurde nicht aktualisiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n token(s)</source>
        <translation>
            <numerusform>%n Token widerrufen</numerusform>
            <numerusform>%n Token widerrufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Dismiss the unanswered creation of “%1”? Tokens on the server that look like it are not touched: revoke the one that is yours first, if any.</source>
        <translation>Die unbeantwortete Erstellung von „%1“ verwerfen? Token auf dem Server, die so aussehen, bleiben unberührt: Widerrufen Sie zuerst Ihres, falls eines dabei ist.</translation>
    </message>
    <message>
        <source>Dismiss creation</source>
        <translation>Erstellung verwerfen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Dismissed the unanswered creation of “%1”.</source>
        <translation>Die unbeantwortete Erstellung von „%1“ wurde verworfen.</translation>
    </message>
    <message>
        <source>&amp;Extend unlock…</source>
        <translation>Entsperrung &amp;verlängern…</translation>
    </message>
    <message>
        <source>&amp;Unlock session…</source>
        <translation>Sitzung &amp;entsperren…</translation>
    </message>
    <message>
        <source>No token matches “%1”.</source>
        <translation>Kein Token passt zu „%1“.</translation>
    </message>
    <message>
        <source>No tokens yet. Make one with New token (%1).</source>
        <translation>Noch keine Token. Erstellen Sie eines mit „Neues Token“ (%1).</translation>
    </message>
    <message>
        <source>No tokens are stored on this machine. Sign in to see your account&apos;s tokens.</source>
        <translation>Auf diesem Rechner sind keine Token gespeichert. Melden Sie sich an, um die Token Ihres Kontos zu sehen.</translation>
    </message>
    <message>
        <source>Unlock &amp;keychain…</source>
        <translation>Schlüssel&amp;bund entsperren…</translation>
    </message>
    <message>
        <source>Your system asks for the keychain&apos;s password; then the secrets show again</source>
        <translation>Ihr System fragt nach dem Passwort des Schlüsselbunds; danach sind die Geheimnisse wieder zu sehen</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
</context>
<context>
    <name>bgtm::PreferencesDialog</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>My server</source>
        <translation>Mein Server</translation>
    </message>
    <message>
        <source>Row %1: give the environment a name.</source>
        <translation>Zeile %1: Geben Sie der Umgebung einen Namen.</translation>
    </message>
    <message>
        <source>Row %1: the base URL is not a valid URL.</source>
        <translation>Zeile %1: Die Basis-URL ist keine gültige URL.</translation>
    </message>
    <message>
        <source>A copied token stays on the clipboard until something else is copied or the app quits; any program, and clipboard history, can read it until then.</source>
        <translation>Ein kopiertes Token bleibt in der Zwischenablage, bis etwas anderes kopiert oder die App beendet wird; bis dahin kann jedes Programm und jeder Zwischenablage-Verlauf es lesen.</translation>
    </message>
    <message>
        <source>The app never locks by itself: anyone at this desk can copy your tokens while you are away (Ctrl+L and the screen lock still lock it).</source>
        <translation>Die App sperrt sich nie von selbst: Jeder an diesem Platz kann Ihre Tokens kopieren, während Sie weg sind (Strg+L und die Bildschirmsperre sperren sie weiterhin).</translation>
    </message>
</context>
<context>
    <name>bgtm::RequestJob</name>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not finish answering within %n second(s).</source>
        <translation>
            <numerusform>Der Server hat seine Antwort nicht innerhalb von %n Sekunde beendet.</numerusform>
            <numerusform>Der Server hat seine Antwort nicht innerhalb von %n Sekunden beendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the reply is larger than %n byte(s)</source>
        <translation>
            <numerusform>die Antwort ist größer als %n Byte</numerusform>
            <numerusform>die Antwort ist größer als %n Byte</numerusform>
        </translation>
    </message>
    <message>
        <source>the reply is too large</source>
        <translation>die Antwort ist zu groß</translation>
    </message>
    <message>
        <source>The connection closed before the whole reply arrived.</source>
        <translation>Die Verbindung wurde geschlossen, bevor die ganze Antwort ankam.</translation>
    </message>
    <message>
        <source>the reply is not JSON (content type “%1”)</source>
        <translation>die Antwort ist kein JSON (Inhaltstyp „%1“)</translation>
    </message>
    <message>
        <source>The server&apos;s reply failed its signature check and was discarded (it may have been tampered with).</source>
        <translation>Die Antwort des Servers hat die Signaturprüfung nicht bestanden und wurde verworfen (sie wurde möglicherweise manipuliert).</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs from the server&apos;s too much to accept its signed replies. Correct the clock and try again.</source>
        <translation>Die Uhr dieses Rechners weicht zu stark von der des Servers ab, um seine signierten Antworten zu akzeptieren. Stellen Sie die Uhr richtig und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server stopped answering.</source>
        <translation>Der Server antwortet nicht mehr.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed.</source>
        <translation>Die sichere Verbindung zum Server ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused: %1</source>
        <translation>Das Zertifikat des Servers wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>The proxy refused or failed the connection.</source>
        <translation>Der Proxy hat die Verbindung abgelehnt oder ist gescheitert.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Der Server hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be resolved.</source>
        <translation>Der Name des Servers konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering completely.</source>
        <translation>Der Server hat die Verbindung geschlossen, bevor er vollständig geantwortet hat.</translation>
    </message>
    <message>
        <source>The connection to the server failed (network error %1).</source>
        <translation>Die Verbindung zum Server ist fehlgeschlagen (Netzwerkfehler %1).</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not fresh (signed more than 5 minutes ago or more than 1 minute ahead) and was discarded: it may have been replayed.</source>
        <translation>Die Antwort des Servers ist nicht frisch (vor mehr als 5 Minuten oder mehr als 1 Minute im Voraus signiert) und wurde verworfen: Sie könnte wieder eingespielt worden sein.</translation>
    </message>
</context>
<context>
    <name>bgtm::RotateTokensDialog</name>
    <message>
        <source>&amp;Rotate</source>
        <translation>&amp;Erneuern</translation>
    </message>
    <message>
        <source>

The suggested change is applied: the new token gets the scopes, limits and IP rules shown below instead of the old ones.</source>
        <translation>

Die vorgeschlagene Änderung wird angewendet: Das neue Token erhält die unten gezeigten Berechtigungen, Limits und IP-Regeln statt der alten.</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>%1 base units</source>
        <translation>%1 Basiseinheiten</translation>
    </message>
    <message>
        <source>cannot rotate</source>
        <translation>kann nicht erneuert werden</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>remaining budget</source>
        <translation>verbleibendes Budget</translation>
    </message>
    <message>
        <source>full limit</source>
        <translation>volles Limit</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Enter the one-time code.</source>
        <translation>Geben Sie den Einmalcode ein.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>✓ rotated: new token %1</source>
        <translation>✓ erneuert: neues Token %1</translation>
    </message>
    <message>
        <source>✓ rotated to %1, but the old token could not be removed from this machine (%2): use Forget.</source>
        <translation>✓ erneuert zu %1, aber das alte Token konnte nicht von diesem Rechner entfernt werden (%2): Verwenden Sie „Vergessen“.</translation>
    </message>
    <message>
        <source>✗ the new token %1 is stored and works, but the old one could not be revoked (%2): both are valid. Revoke the old token to finish.</source>
        <translation>✗ Das neue Token %1 ist gespeichert und funktioniert, aber das alte konnte nicht widerrufen werden (%2): Beide sind gültig. Widerrufen Sie das alte Token, um abzuschließen.</translation>
    </message>
    <message>
        <source>✗ %1 failed (%2); the new token was revoked and the old one is unchanged.</source>
        <translation>✗ %1 fehlgeschlagen (%2); das neue Token wurde widerrufen und das alte ist unverändert.</translation>
    </message>
    <message>
        <source>✗ %1 failed (%2); the new token %3 could not be revoked and is flagged in the table: revoke it. The old token is unchanged.</source>
        <translation>✗ %1 fehlgeschlagen (%2); das neue Token %3 konnte nicht widerrufen werden und ist in der Tabelle markiert: Widerrufen Sie es. Das alte Token ist unverändert.</translation>
    </message>
    <message>
        <source>✗ %1 failed: %2. Nothing was changed.</source>
        <translation>✗ %1 fehlgeschlagen: %2. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>new token %1</source>
        <translation>neues Token %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rotation(s) did not finish; see each result.</source>
        <translation>
            <numerusform>%n Erneuerung wurde nicht abgeschlossen; siehe das jeweilige Ergebnis.</numerusform>
            <numerusform>%n Erneuerungen wurden nicht abgeschlossen; siehe das jeweilige Ergebnis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every token was rotated.</source>
        <translation>Alle Token wurden erneuert.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Same as the old token</source>
        <translation>Wie beim alten Token</translation>
    </message>
    <message>
        <source>The suggested change</source>
        <translation>Die vorgeschlagene Änderung</translation>
    </message>
    <message>
        <source>The templates could not be read: %1</source>
        <translation>Die Vorlagen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Vorlage: %1</translation>
    </message>
    <message>
        <source>The template&apos;s</source>
        <translation>Wie in der Vorlage</translation>
    </message>
    <message>
        <source>the new shape&apos;s limit</source>
        <translation>Limit der neuen Form</translation>
    </message>
    <message>
        <source>Retry revoke</source>
        <translation>Widerruf wiederholen</translation>
    </message>
    <message>
        <source>Retry forget</source>
        <translation>Vergessen wiederholen</translation>
    </message>
    <message>
        <source>Try again to revoke the old token, then forget it here</source>
        <translation>Erneut versuchen, das alte Token zu widerrufen, und es dann hier vergessen</translation>
    </message>
    <message>
        <source>Try again to remove the old token from this machine</source>
        <translation>Erneut versuchen, das alte Token von diesem Rechner zu entfernen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Revoke the new token and keep the old one</source>
        <translation>Das neue Token widerrufen und das alte behalten</translation>
    </message>
    <message>
        <source>undoing…</source>
        <translation>wird rückgängig gemacht…</translation>
    </message>
    <message>
        <source>retrying…</source>
        <translation>neuer Versuch…</translation>
    </message>
    <message numerus="yes">
        <source>No answer from the server after %n s. It may still act on the request: close this window and refresh the token list to see where the rotation stands.</source>
        <translation>
            <numerusform>Keine Antwort vom Server nach %n s. Er kann die Anfrage noch ausführen: Schließen Sie dieses Fenster und aktualisieren Sie die Token-Liste, um den Stand der Erneuerung zu sehen.</numerusform>
            <numerusform>Keine Antwort vom Server nach %n s. Er kann die Anfrage noch ausführen: Schließen Sie dieses Fenster und aktualisieren Sie die Token-Liste, um den Stand der Erneuerung zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>↶ undone: the new token %1 was revoked; the old token is unchanged.</source>
        <translation>↶ rückgängig gemacht: Das neue Token %1 wurde widerrufen; das alte Token ist unverändert.</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <source>rotation of %1 undone; the old token is kept</source>
        <translation>Erneuerung von %1 rückgängig gemacht; das alte Token bleibt</translation>
    </message>
    <message>
        <source>Every token was rotated or left unchanged.</source>
        <translation>Alle Token wurden erneuert oder unverändert gelassen.</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>Warten auf den Server…</translation>
    </message>
    <message numerus="yes">
        <source>Undoing: revoking the new token, waiting for the server (at most %n s)…</source>
        <translation>
            <numerusform>Rückgängig machen: Das neue Token wird widerrufen, Warten auf den Server (höchstens %n s)…</numerusform>
            <numerusform>Rückgängig machen: Das neue Token wird widerrufen, Warten auf den Server (höchstens %n s)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retrying: waiting for the server (at most %n s)…</source>
        <translation>
            <numerusform>Neuer Versuch: Warten auf den Server (höchstens %n s)…</numerusform>
            <numerusform>Neuer Versuch: Warten auf den Server (höchstens %n s)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Your changes</source>
        <translation>Ihre Änderungen</translation>
    </message>
</context>
<context>
    <name>bgtm::RotationPlanner</name>
    <message>
        <source>The server sent the %1 limit as an approximate number; it cannot be copied exactly to a new token.</source>
        <translation>Der Server hat das %1-Limit als ungefähre Zahl gesendet; es kann nicht genau auf ein neues Token übertragen werden.</translation>
    </message>
    <message>
        <source>The old token&apos;s lifetime is unknown: give the new token&apos;s lifetime.</source>
        <translation>Die Laufzeit des alten Tokens ist unbekannt: Geben Sie die Laufzeit des neuen Tokens an.</translation>
    </message>
    <message>
        <source>The new token would not be valid: %1: %2</source>
        <translation>Das neue Token wäre nicht gültig: %1: %2</translation>
    </message>
    <message>
        <source>its scopes differ from the requested ones</source>
        <translation>seine Berechtigungen weichen von den angeforderten ab</translation>
    </message>
    <message>
        <source>its IP rules differ from the requested ones</source>
        <translation>seine IP-Regeln weichen von den angeforderten ab</translation>
    </message>
    <message>
        <source>its enterprise differs from the requested one</source>
        <translation>sein Unternehmen weicht vom angeforderten ab</translation>
    </message>
    <message>
        <source>its admin flag differs from the requested one</source>
        <translation>sein Admin-Kennzeichen weicht vom angeforderten ab</translation>
    </message>
    <message numerus="yes">
        <source>it has %n spending limit(s) instead of %1</source>
        <translation>
            <numerusform>es hat %n Ausgabelimit statt %1</numerusform>
            <numerusform>es hat %n Ausgabelimits statt %1</numerusform>
        </translation>
    </message>
    <message>
        <source>its %1 limit differs from the requested one</source>
        <translation>sein %1-Limit weicht vom angeforderten ab</translation>
    </message>
    <message>
        <source>Rotate either into a template or with a suggested change, not both.</source>
        <translation>Erneuern Sie entweder nach einer Vorlage oder mit einer vorgeschlagenen Änderung, nicht mit beidem.</translation>
    </message>
</context>
<context>
    <name>bgtm::ScopeCatalogue</name>
    <message>
        <source>Identify the user (OpenID sign-in).</source>
        <translation>Den Benutzer identifizieren (OpenID-Anmeldung).</translation>
    </message>
    <message>
        <source>Read the user&apos;s profile (name, email).</source>
        <translation>Das Profil des Benutzers lesen (Name, E-Mail).</translation>
    </message>
    <message>
        <source>Change the user&apos;s settings.</source>
        <translation>Die Einstellungen des Benutzers ändern.</translation>
    </message>
    <message>
        <source>Identify the user&apos;s enterprises (older name).</source>
        <translation>Die Unternehmen des Benutzers identifizieren (älterer Name).</translation>
    </message>
    <message>
        <source>Look up other users (older name).</source>
        <translation>Andere Benutzer nachschlagen (älterer Name).</translation>
    </message>
    <message>
        <source>Verify an email address (older name).</source>
        <translation>Eine E-Mail-Adresse bestätigen (älterer Name).</translation>
    </message>
    <message>
        <source>View every enterprise the user belongs to.</source>
        <translation>Alle Unternehmen sehen, denen der Benutzer angehört.</translation>
    </message>
    <message>
        <source>Manage every enterprise the user belongs to.</source>
        <translation>Alle Unternehmen verwalten, denen der Benutzer angehört.</translation>
    </message>
    <message>
        <source>Read the enterprise audit logs.</source>
        <translation>Die Audit-Protokolle des Unternehmens lesen.</translation>
    </message>
    <message>
        <source>Provision users through SCIM (older name).</source>
        <translation>Benutzer über SCIM bereitstellen (älterer Name).</translation>
    </message>
    <message>
        <source>View wallets; add :&lt;walletId&gt; for one wallet.</source>
        <translation>Wallets ansehen; :&lt;walletId&gt; anhängen für eine einzelne Wallet.</translation>
    </message>
    <message>
        <source>View the enterprise&apos;s wallets.</source>
        <translation>Die Wallets des Unternehmens ansehen.</translation>
    </message>
    <message>
        <source>View every wallet the user can see.</source>
        <translation>Alle Wallets ansehen, die der Benutzer sehen kann.</translation>
    </message>
    <message>
        <source>Send funds from wallets; add :&lt;walletId&gt; for one wallet.</source>
        <translation>Geld aus Wallets senden; :&lt;walletId&gt; anhängen für eine einzelne Wallet.</translation>
    </message>
    <message>
        <source>Send funds from the enterprise&apos;s wallets.</source>
        <translation>Geld aus den Wallets des Unternehmens senden.</translation>
    </message>
    <message>
        <source>Send funds from every wallet the user can spend from.</source>
        <translation>Geld aus allen Wallets senden, aus denen der Benutzer ausgeben kann.</translation>
    </message>
    <message>
        <source>Approve pending transactions; add :&lt;walletId&gt; for one wallet.</source>
        <translation>Ausstehende Transaktionen freigeben; :&lt;walletId&gt; anhängen für eine einzelne Wallet.</translation>
    </message>
    <message>
        <source>Approve pending transactions of the enterprise&apos;s wallets.</source>
        <translation>Ausstehende Transaktionen der Wallets des Unternehmens freigeben.</translation>
    </message>
    <message>
        <source>Approve pending transactions of every wallet.</source>
        <translation>Ausstehende Transaktionen aller Wallets freigeben.</translation>
    </message>
    <message>
        <source>Approve or reject pending approvals.</source>
        <translation>Ausstehende Freigaben genehmigen oder ablehnen.</translation>
    </message>
    <message>
        <source>Manage wallet settings, users and policies; add :&lt;walletId&gt; for one wallet.</source>
        <translation>Wallet-Einstellungen, -Benutzer und -Richtlinien verwalten; :&lt;walletId&gt; anhängen für eine einzelne Wallet.</translation>
    </message>
    <message>
        <source>Manage the enterprise&apos;s wallets.</source>
        <translation>Die Wallets des Unternehmens verwalten.</translation>
    </message>
    <message>
        <source>Manage every wallet.</source>
        <translation>Alle Wallets verwalten.</translation>
    </message>
    <message>
        <source>Edit wallet labels and metadata; add :&lt;walletId&gt; for one wallet.</source>
        <translation>Wallet-Bezeichnungen und -Metadaten bearbeiten; :&lt;walletId&gt; anhängen für eine einzelne Wallet.</translation>
    </message>
    <message>
        <source>Edit the enterprise&apos;s wallets.</source>
        <translation>Die Wallets des Unternehmens bearbeiten.</translation>
    </message>
    <message>
        <source>Edit every wallet.</source>
        <translation>Alle Wallets bearbeiten.</translation>
    </message>
    <message>
        <source>Create wallets and addresses.</source>
        <translation>Wallets und Adressen erstellen.</translation>
    </message>
    <message>
        <source>Freeze wallets; add :&lt;walletId&gt; for one wallet.</source>
        <translation>Wallets einfrieren; :&lt;walletId&gt; anhängen für eine einzelne Wallet.</translation>
    </message>
    <message>
        <source>Freeze every wallet.</source>
        <translation>Alle Wallets einfrieren.</translation>
    </message>
    <message>
        <source>Stake and unstake; add :&lt;walletId&gt; for one wallet.</source>
        <translation>Staken und Unstaken; :&lt;walletId&gt; anhängen für eine einzelne Wallet.</translation>
    </message>
    <message>
        <source>Stake and unstake from every wallet.</source>
        <translation>Aus allen Wallets staken und unstaken.</translation>
    </message>
    <message>
        <source>View the portfolio.</source>
        <translation>Das Portfolio ansehen.</translation>
    </message>
    <message>
        <source>View trading accounts and orders.</source>
        <translation>Handelskonten und Aufträge ansehen.</translation>
    </message>
    <message>
        <source>Place and cancel trades.</source>
        <translation>Handelsaufträge erteilen und stornieren.</translation>
    </message>
    <message>
        <source>Trade over the FIX protocol.</source>
        <translation>Über das FIX-Protokoll handeln.</translation>
    </message>
    <message>
        <source>View settlement-network balances and settlements.</source>
        <translation>Guthaben und Abrechnungen im Settlement-Netzwerk ansehen.</translation>
    </message>
    <message>
        <source>Create and approve settlements.</source>
        <translation>Abrechnungen erstellen und genehmigen.</translation>
    </message>
    <message>
        <source>Connect MetaMask Institutional.</source>
        <translation>MetaMask Institutional verbinden.</translation>
    </message>
    <message>
        <source>Read market prices.</source>
        <translation>Marktpreise lesen.</translation>
    </message>
    <message>
        <source>Every action, including spending. Test environment only.</source>
        <translation>Jede Aktion, einschließlich Ausgaben. Nur in der Testumgebung.</translation>
    </message>
    <message>
        <source>User &amp; profile</source>
        <translation>Benutzer &amp; Profil</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Wallets — view</source>
        <translation>Wallets — ansehen</translation>
    </message>
    <message>
        <source>Wallets — spend</source>
        <translation>Wallets — ausgeben</translation>
    </message>
    <message>
        <source>Wallets — approve</source>
        <translation>Wallets — freigeben</translation>
    </message>
    <message>
        <source>Wallets — manage</source>
        <translation>Wallets — verwalten</translation>
    </message>
    <message>
        <source>Wallets — edit</source>
        <translation>Wallets — bearbeiten</translation>
    </message>
    <message>
        <source>Wallets — create</source>
        <translation>Wallets — erstellen</translation>
    </message>
    <message>
        <source>Wallets — freeze</source>
        <translation>Wallets — einfrieren</translation>
    </message>
    <message>
        <source>Wallets — stake</source>
        <translation>Wallets — staken</translation>
    </message>
    <message>
        <source>Trading &amp; portfolio</source>
        <translation>Handel &amp; Portfolio</translation>
    </message>
    <message>
        <source>Settlement network</source>
        <translation>Settlement-Netzwerk</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Nur lesen</translation>
    </message>
    <message>
        <source>Spender</source>
        <translation>Ausgeber</translation>
    </message>
    <message>
        <source>Wallet admin</source>
        <translation>Wallet-Admin</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>See the user, enterprises, wallets, trading and settlements; change nothing.</source>
        <translation>Benutzer, Unternehmen, Wallets, Handel und Abrechnungen sehen; nichts ändern.</translation>
    </message>
    <message>
        <source>See wallets and send from them. Add spending limits.</source>
        <translation>Wallets sehen und daraus senden. Fügen Sie Ausgabelimits hinzu.</translation>
    </message>
    <message>
        <source>Everything wallets allow: view, spend, approve, manage, edit, create, freeze, stake.</source>
        <translation>Alles, was Wallets erlauben: ansehen, ausgeben, freigeben, verwalten, bearbeiten, erstellen, einfrieren, staken.</translation>
    </message>
    <message>
        <source>Every current scope listed one by one (not &quot;all&quot;, which is test-only).</source>
        <translation>Jede aktuelle Berechtigung einzeln aufgeführt (nicht „all“, das nur für Tests ist).</translation>
    </message>
</context>
<context>
    <name>bgtm::ScopeTreeModel</name>
    <message>
        <source>Scope</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>What it allows</source>
        <translation>Was sie erlaubt</translation>
    </message>
    <message>
        <source> (test environment only)</source>
        <translation> (nur Testumgebung)</translation>
    </message>
    <message>
        <source> Refused in production; choose the scopes you need instead.</source>
        <translation> In der Produktion abgelehnt; wählen Sie stattdessen die Berechtigungen, die Sie brauchen.</translation>
    </message>
    <message>
        <source> (legacy)</source>
        <translation> (veraltet)</translation>
    </message>
</context>
<context>
    <name>bgtm::SecurityReview</name>
    <message>
        <source>It can send or approve funds with no spending limit on any coin.</source>
        <translation>Es kann ohne Ausgabelimit für irgendeinen Coin Geld senden oder freigeben.</translation>
    </message>
    <message>
        <source>Rotate it with a spending limit for each coin it sends (tokens cannot be edited).</source>
        <translation>Erneuern Sie es mit einem Ausgabelimit für jeden Coin, den es sendet (Token lassen sich nicht bearbeiten).</translation>
    </message>
    <message>
        <source>It has the scope &quot;all&quot;: every action, including spending.</source>
        <translation>Es hat die Berechtigung „all“: jede Aktion, einschließlich Ausgaben.</translation>
    </message>
    <message>
        <source>Rotate it with only the scopes it needs (start from a preset).</source>
        <translation>Erneuern Sie es nur mit den Berechtigungen, die es braucht (beginnen Sie mit einer Vorgabe).</translation>
    </message>
    <message>
        <source>It carries enterprise admin rights.</source>
        <translation>Es trägt Administratorrechte für das Unternehmen.</translation>
    </message>
    <message>
        <source>Rotate it without the admin flag unless it administers the enterprise.</source>
        <translation>Erneuern Sie es ohne Admin-Kennzeichen, sofern es das Unternehmen nicht verwaltet.</translation>
    </message>
    <message>
        <source>It works from any IP address.</source>
        <translation>Es funktioniert von jeder IP-Adresse aus.</translation>
    </message>
    <message>
        <source>Rotate it restricted to the addresses or CIDR ranges that use it.</source>
        <translation>Erneuern Sie es beschränkt auf die Adressen oder CIDR-Bereiche, die es verwenden.</translation>
    </message>
    <message>
        <source>Its lifetime is %1 days, over the limit of %2.</source>
        <translation>Seine Laufzeit beträgt %1 Tage, mehr als die Grenze von %2.</translation>
    </message>
    <message numerus="yes">
        <source>Rotate it with a lifetime of at most %n day(s).</source>
        <translation>
            <numerusform>Erneuern Sie es mit einer Laufzeit von höchstens %n Tag.</numerusform>
            <numerusform>Erneuern Sie es mit einer Laufzeit von höchstens %n Tagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It expires in %n day(s).</source>
        <translation>
            <numerusform>Es läuft in %n Tag ab.</numerusform>
            <numerusform>Es läuft in %n Tagen ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotate it now, before whatever uses it stops working.</source>
        <translation>Erneuern Sie es jetzt, bevor das, was es verwendet, nicht mehr funktioniert.</translation>
    </message>
    <message>
        <source>Its secret is not on this machine.</source>
        <translation>Sein Geheimnis ist nicht auf diesem Rechner.</translation>
    </message>
    <message>
        <source>Import it if you use it here; revoke it if nobody uses it.</source>
        <translation>Importieren Sie es, wenn Sie es hier verwenden; widerrufen Sie es, wenn es niemand verwendet.</translation>
    </message>
    <message>
        <source>This app created it, but its secret was never stored: nobody may hold it.</source>
        <translation>Diese App hat es erstellt, aber sein Geheimnis wurde nie gespeichert: Möglicherweise besitzt es niemand.</translation>
    </message>
    <message>
        <source>Revoke it; create a new one if it is needed.</source>
        <translation>Widerrufen Sie es; erstellen Sie ein neues, falls es gebraucht wird.</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; preset would do.</source>
        <translation>die Vorgabe „%1“ würde genügen.</translation>
    </message>
    <message>
        <source>its other scopes would do.</source>
        <translation>seine anderen Berechtigungen würden genügen.</translation>
    </message>
    <message numerus="yes">
        <source>No spending in %n day(s): its spend and approve scopes look unused; %1</source>
        <translation>
            <numerusform>Keine Ausgaben seit %n Tag: Seine Ausgabe- und Freigabeberechtigungen scheinen ungenutzt; %1</numerusform>
            <numerusform>Keine Ausgaben seit %n Tagen: Seine Ausgabe- und Freigabeberechtigungen scheinen ungenutzt; %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotate it without the spend and approve scopes.</source>
        <translation>Erneuern Sie es ohne die Ausgabe- und Freigabeberechtigungen.</translation>
    </message>
    <message>
        <source>No spending limit</source>
        <translation>Kein Ausgabelimit</translation>
    </message>
    <message>
        <source>No IP restriction</source>
        <translation>Keine IP-Beschränkung</translation>
    </message>
    <message>
        <source>Scope &quot;all&quot;</source>
        <translation>Berechtigung „all“</translation>
    </message>
    <message>
        <source>Admin rights</source>
        <translation>Admin-Rechte</translation>
    </message>
    <message>
        <source>Long lifetime</source>
        <translation>Lange Laufzeit</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Not on this machine</source>
        <translation>Nicht auf diesem Rechner</translation>
    </message>
    <message>
        <source>Secret never stored</source>
        <translation>Geheimnis nie gespeichert</translation>
    </message>
    <message>
        <source>Unused scopes</source>
        <translation>Ungenutzte Berechtigungen</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>Its %1 spending limit is used up.</source>
        <translation>Sein Ausgabelimit für %1 ist aufgebraucht.</translation>
    </message>
    <message>
        <source>%1% of its %2 spending limit is spent.</source>
        <translation>%1 % seines Ausgabelimits für %2 sind ausgegeben.</translation>
    </message>
    <message>
        <source>Rotate it: the new token starts with the same limit unspent.</source>
        <translation>Erneuern Sie es: Das neue Token beginnt mit demselben, unverbrauchten Limit.</translation>
    </message>
    <message>
        <source>Limit used up</source>
        <translation>Limit aufgebraucht</translation>
    </message>
</context>
<context>
    <name>bgtm::SecurityReviewDialog</name>
    <message>
        <source>Token / finding</source>
        <translation>Token / Befund</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Suggested fix</source>
        <translation>Vorgeschlagene Korrektur</translation>
    </message>
    <message numerus="yes">
        <source>No findings for %n token(s).</source>
        <translation>
            <numerusform>Keine Befunde für %n Token.</numerusform>
            <numerusform>Keine Befunde für %n Token.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2 of %3 tokens.</source>
        <translation>%1 bei %2 von %3 Token.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a finding.</source>
        <translation>Wählen Sie einen Befund aus.</translation>
    </message>
    <message>
        <source>Open rotation with this change filled in.</source>
        <translation>Erneuerung mit dieser Änderung öffnen.</translation>
    </message>
    <message>
        <source>Not a change of the token: %1</source>
        <translation>Keine Änderung des Tokens: %1</translation>
    </message>
    <message>
        <source>Open rotation with the token&apos;s settings, where you enter your values.</source>
        <translation>Rotation mit den Einstellungen des Tokens öffnen, wo Sie Ihre Werte eingeben.</translation>
    </message>
</context>
<context>
    <name>bgtm::SessionCrypto</name>
    <message>
        <source>The cryptography module %1 could not be loaded (%2). Reinstall bitgo-token-manager.</source>
        <translation>Das Kryptographie-Modul %1 konnte nicht geladen werden (%2). Installieren Sie bitgo-token-manager neu.</translation>
    </message>
</context>
<context>
    <name>bgtm::Settings</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>„%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>Unknown environment &quot;%1&quot;: use test, prod, sandbox, the name of a custom environment or a base URL.</source>
        <translation>Unbekannte Umgebung „%1“: Verwenden Sie test, prod, sandbox, den Namen einer eigenen Umgebung oder eine Basis-URL.</translation>
    </message>
</context>
<context>
    <name>bgtm::SignInDialog</name>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Paste the access token.</source>
        <translation>Fügen Sie das Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>Enter your BitGo username (your e-mail address).</source>
        <translation>Geben Sie Ihren BitGo-Benutzernamen ein (Ihre E-Mail-Adresse).</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source> (request id %1 — quote it to BitGo support)</source>
        <translation> (Anfrage-ID %1 — nennen Sie sie dem BitGo-Support)</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>Enter the one-time code from your authenticator app.</source>
        <translation>Geben Sie den Einmalcode aus Ihrer Authentifizierungs-App ein.</translation>
    </message>
    <message>
        <source>This code was not accepted. Enter the current code.</source>
        <translation>Dieser Code wurde nicht akzeptiert. Geben Sie den aktuellen Code ein.</translation>
    </message>
    <message>
        <source>The username or password is not correct.</source>
        <translation>Benutzername oder Passwort ist nicht korrekt.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs from BitGo&apos;s: %1 Correct the system time and try again.</source>
        <translation>Die Uhr dieses Rechners weicht von der von BitGo ab: %1 Stellen Sie die Systemzeit richtig und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>bgtm::SingleInstance</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>Die Sperrdatei %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Kann nicht auf %1 lauschen: %2</translation>
    </message>
    <message>
        <source>The running instance did not answer: %1</source>
        <translation>Die laufende Instanz hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>The running instance did not answer in time.</source>
        <translation>Die laufende Instanz hat nicht rechtzeitig geantwortet.</translation>
    </message>
</context>
<context>
    <name>bgtm::TemplatesDialog</name>
    <message>
        <source>Import templates</source>
        <translation>Vorlagen importieren</translation>
    </message>
    <message>
        <source>Templates (*.json);;All files (*)</source>
        <translation>Vorlagen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export templates</source>
        <translation>Vorlagen exportieren</translation>
    </message>
    <message>
        <source>Templates (*.json)</source>
        <translation>Vorlagen (*.json)</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete the template “%1”?</source>
        <translation>Die Vorlage „%1“ löschen?</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n template(s): %1</source>
        <translation>
            <numerusform>%n Vorlage importiert: %1</numerusform>
            <numerusform>%n Vorlagen importiert: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n template(s) to %1.</source>
        <translation>
            <numerusform>%n Vorlage nach %1 geschrieben.</numerusform>
            <numerusform>%n Vorlagen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>bgtm::TokenCreation</name>
    <message>
        <source>Stopped waiting for the keychain; nothing was sent.</source>
        <translation>Warten auf den Schlüsselbund beendet; nichts wurde gesendet.</translation>
    </message>
</context>
<context>
    <name>bgtm::TokenExport</name>
    <message>
        <source>There is no token to export.</source>
        <translation>Es gibt kein Token zum Exportieren.</translation>
    </message>
    <message>
        <source>The token contains control characters and cannot be exported as text.</source>
        <translation>Das Token enthält Steuerzeichen und kann nicht als Text exportiert werden.</translation>
    </message>
    <message>
        <source>The token cannot be written safely as a .env line.</source>
        <translation>Das Token kann nicht sicher als .env-Zeile geschrieben werden.</translation>
    </message>
    <message>
        <source>Unknown export format.</source>
        <translation>Unbekanntes Exportformat.</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Wählen Sie eine Datei für den Export.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 existiert bereits; wählen Sie einen neuen Dateinamen.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is a link; choose a plain file name.</source>
        <translation>%1 ist ein Link; wählen Sie einen einfachen Dateinamen.</translation>
    </message>
</context>
<context>
    <name>bgtm::TokenIndex</name>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>no version or token list</source>
        <translation>keine Version oder Token-Liste</translation>
    </message>
    <message>
        <source>written by a newer version (format %1)</source>
        <translation>von einer neueren Version geschrieben (Format %1)</translation>
    </message>
    <message>
        <source>an entry is malformed</source>
        <translation>ein Eintrag ist fehlerhaft</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the token index %1: %2</source>
        <translation>Der Token-Index %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The token index %1 is damaged (%2) and could not be set aside.</source>
        <translation>Der Token-Index %1 ist beschädigt (%2) und konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>The token index was damaged (%1). It was kept as %2 and a new, empty index was started; tokens stored in the keychain are not lost.</source>
        <translation>Der Token-Index war beschädigt (%1). Er wurde als %2 aufbewahrt und ein neuer, leerer Index wurde begonnen; im Schlüsselbund gespeicherte Token gehen nicht verloren.</translation>
    </message>
    <message>
        <source>The token index is busy (locked by another bitgo-token-manager process). Try again.</source>
        <translation>Der Token-Index ist belegt (von einem anderen bitgo-token-manager-Prozess gesperrt). Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The token index %1 was %2; this version will not change it.</source>
        <translation>Der Token-Index %1 wurde %2; diese Version ändert ihn nicht.</translation>
    </message>
</context>
<context>
    <name>bgtm::TokenRotation</name>
    <message>
        <source>Check the keychain</source>
        <translation>Schlüsselbund prüfen</translation>
    </message>
    <message>
        <source>Note the creation</source>
        <translation>Erstellung vermerken</translation>
    </message>
    <message>
        <source>Create the new token</source>
        <translation>Neues Token erstellen</translation>
    </message>
    <message>
        <source>Store it in the keychain</source>
        <translation>Im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Verify the new token</source>
        <translation>Neues Token prüfen</translation>
    </message>
    <message>
        <source>Revoke the old token</source>
        <translation>Altes Token widerrufen</translation>
    </message>
    <message>
        <source>Forget the old token here</source>
        <translation>Altes Token hier vergessen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>The new token could not be tried from here: this address is not in its IP allow-list. The listing shows it exists with exactly the requested scopes, limits and IP rules.</source>
        <translation>Das neue Token konnte von hier aus nicht ausprobiert werden: Diese Adresse steht nicht in seiner IP-Freigabeliste. Die Liste zeigt, dass es mit genau den angeforderten Berechtigungen, Limits und IP-Regeln existiert.</translation>
    </message>
    <message>
        <source>The session call with the new token named another token (%1).</source>
        <translation>Der Sitzungsaufruf mit dem neuen Token nannte ein anderes Token (%1).</translation>
    </message>
    <message>
        <source>The new token is not what was asked for: %1.</source>
        <translation>Das neue Token entspricht nicht der Anforderung: %1.</translation>
    </message>
    <message>
        <source>The new token is missing from the server&apos;s list.</source>
        <translation>Das neue Token fehlt in der Liste des Servers.</translation>
    </message>
    <message>
        <source>The new token %1 could not be revoked either (%2).</source>
        <translation>Das neue Token %1 konnte ebenfalls nicht widerrufen werden (%2).</translation>
    </message>
    <message>
        <source>Only revoking or forgetting the old token can be retried.</source>
        <translation>Nur das Widerrufen oder Vergessen des alten Tokens kann wiederholt werden.</translation>
    </message>
    <message>
        <source>Only a rotation stopped before revoking the old token can be undone.</source>
        <translation>Nur eine Erneuerung, die vor dem Widerrufen des alten Tokens anhielt, kann rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>bgtm::TokenTableModel</name>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Spending limits</source>
        <translation>Ausgabelimits</translation>
    </message>
    <message>
        <source>IP rules</source>
        <translation>IP-Regeln</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 Jahre</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 %2 (base units)</source>
        <translation>%1 %2 (Basiseinheiten)</translation>
    </message>
    <message>
        <source> (approximate)</source>
        <translation> (ungefähr)</translation>
    </message>
    <message>
        <source>%1: no cap</source>
        <translation>%1: keine Obergrenze</translation>
    </message>
    <message>
        <source>all ERC-20: no cap</source>
        <translation>alle ERC-20: keine Obergrenze</translation>
    </message>
    <message>
        <source>all ERC-20: %1 base units</source>
        <translation>alle ERC-20: %1 Basiseinheiten</translation>
    </message>
    <message>
        <source>expires soon</source>
        <translation>läuft bald ab</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>creation pending</source>
        <translation>Erstellung ausstehend</translation>
    </message>
    <message>
        <source>not stored: act now</source>
        <translation>nicht gespeichert: jetzt handeln</translation>
    </message>
    <message>
        <source>live, secret nowhere: revoke</source>
        <translation>gültig, Geheimnis nirgends: widerrufen</translation>
    </message>
    <message>
        <source>in keychain</source>
        <translation>im Schlüsselbund</translation>
    </message>
    <message>
        <source>not on this machine</source>
        <translation>nicht auf diesem Rechner</translation>
    </message>
    <message>
        <source>keychain locked</source>
        <translation>Schlüsselbund gesperrt</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>ungeprüft</translation>
    </message>
    <message>
        <source>in keychain (not checked)</source>
        <translation>im Schlüsselbund (nicht geprüft)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2 and %3 more</source>
        <translation>%1, %2 und %3 weitere</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>any address</source>
        <translation>jede Adresse</translation>
    </message>
    <message>
        <source>%1 (no answer; may be one of %2: revoke yours, the rest are someone else&apos;s)</source>
        <translation>%1 (keine Antwort; vielleicht eines von %2: widerrufen Sie Ihres, die übrigen gehören jemand anderem)</translation>
    </message>
    <message>
        <source>%1, %2 spent</source>
        <translation>%1, %2 ausgegeben</translation>
    </message>
</context>
<context>
    <name>bgtm::TokenTemplates</name>
    <message>
        <source>This is not a templates file (not JSON: %1).</source>
        <translation>Dies ist keine Vorlagendatei (kein JSON: %1).</translation>
    </message>
    <message>
        <source>This is not a templates file (no version or no templates).</source>
        <translation>Dies ist keine Vorlagendatei (keine Version oder keine Vorlagen).</translation>
    </message>
    <message>
        <source>This templates file was written by a newer version (format %1).</source>
        <translation>Diese Vorlagendatei wurde von einer neueren Version geschrieben (Format %1).</translation>
    </message>
    <message>
        <source>A template in this file has no name or no request.</source>
        <translation>Eine Vorlage in dieser Datei hat keinen Namen oder keine Anfrage.</translation>
    </message>
    <message>
        <source>The templates file %1 could not be read: %2</source>
        <translation>Die Vorlagendatei %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The templates file %1 is damaged: %2</source>
        <translation>Die Vorlagendatei %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>There is no template named &quot;%1&quot;.</source>
        <translation>Es gibt keine Vorlage namens „%1“.</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Eine Vorlage braucht einen Namen.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>bgtm::UnlockDialog</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Enter the one-time code.</source>
        <translation>Geben Sie den Einmalcode ein.</translation>
    </message>
</context>
<context>
    <name>bgtm::Vault</name>
    <message>
        <source>The keychain returned something else than what was written.</source>
        <translation>Der Schlüsselbund hat etwas anderes zurückgegeben, als geschrieben wurde.</translation>
    </message>
    <message>
        <source>No pending creation %1 in the token index; the token was not stored.</source>
        <translation>Keine ausstehende Erstellung %1 im Token-Index; das Token wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The token was created but could not be stored in the keychain; it is still in memory. %1</source>
        <translation>Das Token wurde erstellt, konnte aber nicht im Schlüsselbund gespeichert werden; es ist noch im Speicher. %1</translation>
    </message>
    <message>
        <source>The keychain is locked or unavailable; unlock it and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt oder nicht verfügbar; entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The secret of this token is not stored on this machine.</source>
        <translation>Das Geheimnis dieses Tokens ist nicht auf diesem Rechner gespeichert.</translation>
    </message>
    <message>
        <source>No saved session that is still valid.</source>
        <translation>Keine gespeicherte Sitzung, die noch gültig ist.</translation>
    </message>
    <message>
        <source>That creation is no longer pending here.</source>
        <translation>Diese Erstellung ist hier nicht mehr offen.</translation>
    </message>
    <message>
        <source>Process %1 is still creating “%2”; it settles the record itself.</source>
        <translation>Prozess %1 erstellt „%2“ noch; er schließt den Eintrag selbst ab.</translation>
    </message>
    <message>
        <source>No keychain service is running.</source>
        <translation>Es läuft kein Schlüsselbunddienst.</translation>
    </message>
    <message>
        <source>BitGo Token Manager sign-in of %1 (%2)</source>
        <translation>BitGo Token Manager Anmeldung von %1 (%2)</translation>
    </message>
</context>
<context>
    <name>bgtm::cli::CommandLine</name>
    <message>
        <source>Option --%1 needs a value.</source>
        <translation>Option --%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>Option --%1 takes no value.</source>
        <translation>Option --%1 nimmt keinen Wert an.</translation>
    </message>
    <message>
        <source>No command given. Run with --help for the list of commands.</source>
        <translation>Kein Befehl angegeben. Mit --help erhalten Sie die Liste der Befehle.</translation>
    </message>
    <message>
        <source>Unknown tokens command &quot;%1&quot;.</source>
        <translation>Unbekannter tokens-Befehl „%1“.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run with --help for the list of commands.</source>
        <translation>Unbekannter Befehl „%1“. Mit --help erhalten Sie die Liste der Befehle.</translation>
    </message>
    <message>
        <source>Option --%1 does not apply to this command.</source>
        <translation>Option --%1 gilt nicht für diesen Befehl.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Unbekannte Option --%1.</translation>
    </message>
    <message>
        <source>--limit needs &lt;coin&gt;=&lt;amount in coin units&gt;, e.g. --limit tbtc=0.5.</source>
        <translation>--limit braucht &lt;Coin&gt;=&lt;Betrag in Coin-Einheiten&gt;, z. B. --limit tbtc=0.5.</translation>
    </message>
    <message>
        <source>--on-store-failure must be print or revoke.</source>
        <translation>--on-store-failure muss print oder revoke sein.</translation>
    </message>
    <message>
        <source>--format must be raw, env or shell.</source>
        <translation>--format muss raw, env oder shell sein.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Secrets are read from stdin, never from arguments.</source>
        <translation>Unerwartetes Argument „%1“. Geheimnisse werden von stdin gelesen, nie aus Argumenten.</translation>
    </message>
    <message>
        <source>login takes either --password-stdin or --token-stdin, not both.</source>
        <translation>login nimmt entweder --password-stdin oder --token-stdin, nicht beides.</translation>
    </message>
    <message>
        <source>tokens import reads the token from stdin: pass --token-stdin.</source>
        <translation>tokens import liest das Token von stdin: Geben Sie --token-stdin an.</translation>
    </message>
    <message>
        <source>Name the token by its id or by --label &lt;text&gt; (one of them).</source>
        <translation>Nennen Sie das Token über seine ID oder über --label &lt;Text&gt; (eines von beiden).</translation>
    </message>
    <message>
        <source>unlock needs --otp &lt;code&gt;.</source>
        <translation>unlock braucht --otp &lt;Code&gt;.</translation>
    </message>
    <message>
        <source>&quot;tokens&quot; needs a command: list, create, revoke, export, import, forget, review or rotate.</source>
        <translation>„tokens“ braucht einen Befehl: list, create, revoke, export, import, forget, review oder rotate.</translation>
    </message>
    <message>
        <source>&quot;templates&quot; needs a command: list, show, save, delete, import or export.</source>
        <translation>„templates“ braucht einen Befehl: list, show, save, delete, import oder export.</translation>
    </message>
    <message>
        <source>Unknown templates command &quot;%1&quot;.</source>
        <translation>Unbekannter templates-Befehl „%1“.</translation>
    </message>
    <message>
        <source>Name the template.</source>
        <translation>Nennen Sie die Vorlage.</translation>
    </message>
    <message>
        <source>Name the templates file.</source>
        <translation>Nennen Sie die Vorlagendatei.</translation>
    </message>
    <message>
        <source>--limit needs a number of entries, 1 or more.</source>
        <translation>--limit braucht eine Anzahl von Einträgen, 1 oder mehr.</translation>
    </message>
    <message>
        <source>--%1 needs a number of days, %2 to 3650.</source>
        <translation>--%1 braucht eine Anzahl von Tagen, %2 bis 3650.</translation>
    </message>
    <message>
        <source>history prints either --json or --csv, not both.</source>
        <translation>history gibt entweder --json oder --csv aus, nicht beides.</translation>
    </message>
    <message>
        <source>Name the tokens to rotate by their ids or by --label &lt;text&gt; (one of them).</source>
        <translation>Nennen Sie die zu erneuernden Token über ihre IDs oder über --label &lt;Text&gt; (eines von beiden).</translation>
    </message>
    <message>
        <source>That is not a token id (32 hexadecimal characters); it looks like an access token and was not sent anywhere.</source>
        <translation>Das ist keine Token-ID (32 Hexadezimalzeichen); es sieht nach einem Zugriffstoken aus und wurde nirgendwohin gesendet.</translation>
    </message>
    <message>
        <source>That is not a token id (32 hexadecimal characters).</source>
        <translation>Das ist keine Token-ID (32 Hexadezimalzeichen).</translation>
    </message>
    <message>
        <source>Usage: bitgo-token-manager-cli [--env &lt;environment&gt;] [--user &lt;email&gt;] [--json] &lt;command&gt; [options]

Create, store (OS keychain), export and revoke BitGo access tokens.

Global options:
  --env &lt;e&gt;        test | prod | sandbox | &lt;name of a custom environment&gt; | &lt;base URL&gt;
                   (default: $BITGO_ENV, else the default environment in the settings)
  --user &lt;email&gt;   account (default: $BITGO_USER, else the last account signed in)
  --json           machine-readable output on stdout (see below)
  --help, --version

Commands:
  login [--password-stdin] [--otp &lt;code&gt;]
                   password from a no-echo prompt or the first line of stdin; code from --otp or a
                   prompt. The session is kept in the keychain until it expires.
  login --token-stdin
                   sign in with an existing access token read from stdin
  logout           end the session on the server and forget it locally
  session          who am I, scopes, expiry, unlock state, whether the session was downgraded
  unlock --otp &lt;code&gt; [--duration &lt;seconds, 1-3600, default 600&gt;]
  lock
  tokens list      id, label, scopes, limits, expires, whether the secret is stored here
  tokens create --label &lt;text&gt; --scope &lt;s&gt; [--scope &lt;s&gt;…] [--limit &lt;coin&gt;=&lt;amount in coin units&gt;…]
                [--max-limit &lt;coin&gt;…] [--ip &lt;address or CIDR&gt;…] [--duration &lt;1d|30d|90d|1y|10y|seconds&gt;]
                [--enterprise &lt;id&gt;] [--admin [--admin-scope read|full]] [--otp &lt;code&gt;]
                [--on-store-failure=print|revoke] [--print-token] [--template &lt;name&gt;]
                   creates the token and stores it in the keychain; prints id and label (the token only
                   with --print-token). Without --duration the configured default lifetime (90 days)
                   is sent.
  tokens revoke &lt;id&gt; | --label &lt;text&gt; [--yes]
  tokens export &lt;id&gt; | --label &lt;text&gt; [--format raw|env|shell]
                   prints the stored token (raw, BITGO_ACCESS_TOKEN=…, or export BITGO_ACCESS_TOKEN=…);
                   reads the keychain only and works offline
  tokens import --token-stdin [--label &lt;text&gt;]
  tokens forget &lt;id&gt; | --label &lt;text&gt;
                   removes the token from this machine (keychain and index); it stays valid on the server.
                   Given a token `tokens list` marks may-have-been-created, dismisses that unanswered
                   create instead (after revoking the token that was yours, if any)
  tokens review [--max-lifetime-days &lt;n&gt;] [--expiring-days &lt;n&gt;]
                   security review of every token: spending without a limit, no IP restriction, &quot;all&quot;
                   or admin rights, lifetime over n days (default 90), expiring within n days (default
                   14), not on this machine, secret never stored, unused spend scopes; each with a fix.
                   Exits 20 when there are findings (for cron and CI).
  tokens rotate &lt;id&gt; [&lt;id&gt;…] | --label &lt;text&gt; [--lifetime &lt;1d|30d|90d|1y|10y|seconds&gt;]
                [--new-label &lt;text&gt;] [--carry-over-remaining] [--template &lt;name&gt;] [--otp &lt;code&gt;]
                   a new token with the same scopes, limits, IP rules, enterprise and admin flag (lifetime:
                   the old one&apos;s), stored and verified before the old one is revoked and forgotten here;
                   the label is kept. --carry-over-remaining asks for limit − spent per coin.
                   --template: the new token takes the template&apos;s scopes, limits, IP rules, enterprise,
                   admin flag and lifetime instead (--lifetime still wins); with --carry-over-remaining a
                   template limit on a coin the old token limited is capped at what the old one has left.
  history [--action &lt;a&gt;] [--limit &lt;n&gt;] [--csv]
                   what this app and this CLI did on this machine (signed-in, signed-out, created,
                   store-failed, stored, rotated, revoked, imported, copied, exported, forgotten), oldest
                   first; --limit keeps the last n. Never a secret or a one-time code.
  templates list | show &lt;name&gt; | delete &lt;name&gt;
  templates save &lt;name&gt; --scope &lt;s&gt;… [--limit …] [--max-limit …] [--ip …] [--duration …]
                [--enterprise &lt;id&gt;] [--admin [--admin-scope read|full]]
                   a token&apos;s shape under a name; tokens create --template &lt;name&gt; uses it (options given
                   on the command line win)
  templates import &lt;file&gt; | export &lt;file&gt; [--template &lt;name&gt;…]
                   share templates as JSON (no label, no code, no secret in them)

Secrets are never taken as arguments: passwords and tokens come from stdin or a prompt.
BITGO_ACCESS_TOKEN, when set, authenticates this one call instead of the stored session.

--json output (BitGo field names):
  tokens list    {&quot;accessTokens&quot;: [{&quot;id&quot;, &quot;label&quot;, &quot;scope&quot;: [..], &quot;created&quot;, &quot;expires&quot;,
                  &quot;ipRestrict&quot;: [..], &quot;enterprise&quot;, &quot;spendingLimits&quot;: [{&quot;coin&quot;, &quot;txValueLimit&quot;,
                  &quot;txValue&quot;, &quot;exact&quot;}], &quot;storedHere&quot;: &quot;stored|unverified|store-failed|pending|
                  flagged-for-revocation|may-have-been-created|revoked|expired|no&quot;}]}
  tokens review  {&quot;thresholds&quot;, &quot;findingCount&quot;, &quot;tokens&quot;: [{&quot;id&quot;, &quot;label&quot;, &quot;expires&quot;,
                  &quot;findings&quot;: [{&quot;kind&quot;, &quot;severity&quot;, &quot;reason&quot;, &quot;fix&quot;, &quot;suggested&quot;?}]}]}
  tokens rotate  {&quot;rotations&quot;: [{&quot;oldId&quot;, &quot;newId&quot;, &quot;label&quot;, &quot;rotated&quot;, &quot;stored&quot;, &quot;verified&quot;:
                  &quot;session|listed|no&quot;, &quot;oldRevoked&quot;, &quot;oldForgotten&quot;, &quot;newRevoked&quot;, &quot;failedStep&quot;?,
                  &quot;error&quot;?, &quot;note&quot;?, &quot;exitCode&quot;}], &quot;exitCode&quot;}
  tokens create  {&quot;id&quot;, &quot;label&quot;, &quot;scope&quot;, &quot;expires&quot;, &quot;stored&quot;: bool, &quot;verified&quot;: bool,
                  &quot;surplusRevoked&quot;: [ids], &quot;surplusCandidates&quot;?: [ids], &quot;token&quot; (only with --print-token
                  or when it could not be stored)}; a failed create that may still have made the token
                  adds &quot;mayHaveBeenCreated&quot;: true to its error
  session        {&quot;session&quot;: {&quot;id&quot;, &quot;user&quot;, &quot;username&quot;, &quot;scope&quot;, &quot;expires&quot;, &quot;unlock&quot;?: {&quot;expires&quot;},
                  &quot;downgraded&quot;: bool}}
  login          {&quot;user&quot;, &quot;username&quot;, &quot;expires&quot;, &quot;downgraded&quot;}
  history        {&quot;entries&quot;: [{&quot;time&quot;, &quot;action&quot;, &quot;environment&quot;, &quot;user&quot;, &quot;tokenId&quot;, &quot;label&quot;,
                  &quot;origin&quot;: &quot;gui|cli&quot;, &quot;detail&quot;}], &quot;skippedLines&quot;}
  templates list {&quot;templates&quot;: [{&quot;name&quot;, &quot;request&quot;: {create-token fields, no label or otp}}]}
  revoke/forget/import  {&quot;id&quot;, &quot;label&quot;}; errors: {&quot;error&quot;, &quot;name&quot;, &quot;requestId&quot;, &quot;exitCode&quot;} on stdout
  Times are ISO 8601 UTC; amounts in base units as strings.

Exit codes:
   0  success
   1  other failure (local file error, cancelled)
   2  usage: unknown command or option, missing argument
   3  validation: the request was refused before anything was sent
   4  a (correct) one-time code is needed, or the session must be unlocked
   5  authentication failed: not signed in, wrong password, session expired or revoked — sign in again
   6  not found: no token with that id or label
   7  ambiguous label: several tokens carry it — use the id
   8  keychain unavailable (locked, missing, failed or not answering)
   9  token created but not stored: it was printed once, store it yourself or revoke it
  10  network or server error (connection, TLS, timeout, 5xx, malformed reply, rate limit)
  11  signature mismatch: a reply failed its HMAC check and was discarded
  12  the create request was sent twice (Qt resent it): the extra token was revoked, or look-alike
      tokens that may be someone else&apos;s are printed for you to check
  13  token created but not stored, and revoked (--on-store-failure=revoke)
  14  tokens rotate: the new token is stored, but a later step is left to finish (see the message)
  15  tokens rotate: a step failed; the new token was revoked and the old one is unchanged
  20  tokens review: findings exist (the review itself succeeded)
</source>
        <translation>Aufruf: bitgo-token-manager-cli [--env &lt;environment&gt;] [--user &lt;email&gt;] [--json] &lt;command&gt; [options]

BitGo-Zugriffstoken erstellen, aufbewahren (Schlüsselbund des Systems), exportieren und widerrufen.

Globale Optionen:
  --env &lt;e&gt;        test | prod | sandbox | &lt;Name einer eigenen Umgebung&gt; | &lt;Basis-URL&gt;
                   (Standard: $BITGO_ENV, sonst die Standardumgebung der Einstellungen)
  --user &lt;email&gt;   Konto (Standard: $BITGO_USER, sonst das zuletzt angemeldete Konto)
  --json           maschinenlesbare Ausgabe auf stdout (siehe unten)
  --help, --version

Befehle:
  login [--password-stdin] [--otp &lt;code&gt;]
                   Passwort aus einer Abfrage ohne Echo oder der ersten Zeile von stdin; Code aus --otp
                   oder einer Abfrage. Die Sitzung bleibt bis zum Ablauf im Schlüsselbund.
  login --token-stdin
                   mit einem vorhandenen Zugriffstoken von stdin anmelden
  logout           die Sitzung auf dem Server beenden und lokal vergessen
  session          wer bin ich, Berechtigungen, Ablauf, Entsperrstatus, ob die Sitzung herabgestuft ist
  unlock --otp &lt;code&gt; [--duration &lt;seconds, 1-3600, default 600&gt;]
  lock
  tokens list      id, label, scopes, limits, expires, whether the secret is stored here
  tokens create --label &lt;text&gt; --scope &lt;s&gt; [--scope &lt;s&gt;…] [--limit &lt;coin&gt;=&lt;amount in coin units&gt;…]
                [--max-limit &lt;coin&gt;…] [--ip &lt;address or CIDR&gt;…] [--duration &lt;1d|30d|90d|1y|10y|seconds&gt;]
                [--enterprise &lt;id&gt;] [--admin [--admin-scope read|full]] [--otp &lt;code&gt;]
                [--on-store-failure=print|revoke] [--print-token] [--template &lt;name&gt;]
                   erstellt das Token und speichert es im Schlüsselbund; gibt ID und Bezeichnung aus (das
                   Token nur mit --print-token). Ohne --duration wird die eingestellte Standardlaufzeit
                   (90 Tage) gesendet.
  tokens revoke &lt;id&gt; | --label &lt;text&gt; [--yes]
  tokens export &lt;id&gt; | --label &lt;text&gt; [--format raw|env|shell]
                   gibt das gespeicherte Token aus (raw, BITGO_ACCESS_TOKEN=… oder export BITGO_ACCESS_TOKEN=…);
                   liest nur den Schlüsselbund und funktioniert offline
  tokens import --token-stdin [--label &lt;text&gt;]
  tokens forget &lt;id&gt; | --label &lt;text&gt;
                   entfernt das Token von diesem Rechner (Schlüsselbund und Index); auf dem Server bleibt es gültig.
                   Bei einem Token, das `tokens list` als may-have-been-created zeigt, wird stattdessen diese
                   unbeantwortete Erstellung verworfen (nachdem Sie Ihr eigenes Token, falls vorhanden, widerrufen haben)
  tokens review [--max-lifetime-days &lt;n&gt;] [--expiring-days &lt;n&gt;]
                   Sicherheitsprüfung aller Token: Ausgaben ohne Limit, keine IP-Beschränkung, „all“
                   oder Admin-Rechte, Laufzeit über n Tage (Standard 90), Ablauf innerhalb von n Tagen
                   (Standard 14), nicht auf diesem Rechner, Geheimnis nie gespeichert, ungenutzte
                   Ausgabeberechtigungen; jeweils mit Korrektur. Exit-Code 20 bei Befunden (für cron und CI).
  tokens rotate &lt;id&gt; [&lt;id&gt;…] | --label &lt;text&gt; [--lifetime &lt;1d|30d|90d|1y|10y|seconds&gt;]
                [--new-label &lt;text&gt;] [--carry-over-remaining] [--template &lt;name&gt;] [--otp &lt;code&gt;]
                   ein neues Token mit denselben Berechtigungen, Limits, IP-Regeln, Unternehmen und
                   Admin-Kennzeichen (Laufzeit: die des alten), gespeichert und geprüft, bevor das alte
                   widerrufen und hier vergessen wird; die Bezeichnung bleibt. --carry-over-remaining
                   verlangt Limit − Ausgegebenes pro Coin.
                   --template: Das neue Token übernimmt stattdessen Berechtigungen, Limits, IP-Regeln,
                   Unternehmen, Admin-Kennzeichen und Laufzeit der Vorlage (--lifetime hat Vorrang); mit
                   --carry-over-remaining wird ein Vorlagenlimit für einen Coin, den das alte Token
                   begrenzte, auf das gekappt, was dem alten noch bleibt.
  history [--action &lt;a&gt;] [--limit &lt;n&gt;] [--csv]
                   was diese App und diese CLI auf diesem Rechner getan haben (signed-in, signed-out, created,
                   store-failed, stored, rotated, revoked, imported, copied, exported, forgotten), das
                   Älteste zuerst; --limit behält die letzten n. Nie ein Geheimnis oder Einmalcode.
  templates list | show &lt;name&gt; | delete &lt;name&gt;
  templates save &lt;name&gt; --scope &lt;s&gt;… [--limit …] [--max-limit …] [--ip …] [--duration …]
                [--enterprise &lt;id&gt;] [--admin [--admin-scope read|full]]
                   die Form eines Tokens unter einem Namen; tokens create --template &lt;name&gt; verwendet sie
                   (Optionen auf der Kommandozeile haben Vorrang)
  templates import &lt;file&gt; | export &lt;file&gt; [--template &lt;name&gt;…]
                   Vorlagen als JSON teilen (ohne Bezeichnung, Code oder Geheimnis)

Geheimnisse werden nie als Argumente angenommen: Passwörter und Token kommen von stdin oder einer Abfrage.
BITGO_ACCESS_TOKEN authentifiziert, wenn gesetzt, diesen einen Aufruf statt der gespeicherten Sitzung.

Ausgabe mit --json (Feldnamen von BitGo):
  tokens list    {&quot;accessTokens&quot;: [{&quot;id&quot;, &quot;label&quot;, &quot;scope&quot;: [..], &quot;created&quot;, &quot;expires&quot;,
                  &quot;ipRestrict&quot;: [..], &quot;enterprise&quot;, &quot;spendingLimits&quot;: [{&quot;coin&quot;, &quot;txValueLimit&quot;,
                  &quot;txValue&quot;, &quot;exact&quot;}], &quot;storedHere&quot;: &quot;stored|unverified|store-failed|pending|
                  flagged-for-revocation|may-have-been-created|revoked|expired|no&quot;}]}
  tokens review  {&quot;thresholds&quot;, &quot;findingCount&quot;, &quot;tokens&quot;: [{&quot;id&quot;, &quot;label&quot;, &quot;expires&quot;,
                  &quot;findings&quot;: [{&quot;kind&quot;, &quot;severity&quot;, &quot;reason&quot;, &quot;fix&quot;, &quot;suggested&quot;?}]}]}
  tokens rotate  {&quot;rotations&quot;: [{&quot;oldId&quot;, &quot;newId&quot;, &quot;label&quot;, &quot;rotated&quot;, &quot;stored&quot;, &quot;verified&quot;:
                  &quot;session|listed|no&quot;, &quot;oldRevoked&quot;, &quot;oldForgotten&quot;, &quot;newRevoked&quot;, &quot;failedStep&quot;?,
                  &quot;error&quot;?, &quot;note&quot;?, &quot;exitCode&quot;}], &quot;exitCode&quot;}
  tokens create  {&quot;id&quot;, &quot;label&quot;, &quot;scope&quot;, &quot;expires&quot;, &quot;stored&quot;: bool, &quot;verified&quot;: bool,
                  &quot;surplusRevoked&quot;: [ids], &quot;surplusCandidates&quot;?: [ids], &quot;token&quot; (only with --print-token
                  or when it could not be stored)}; a failed create that may still have made the token
                  adds &quot;mayHaveBeenCreated&quot;: true to its error
  session        {&quot;session&quot;: {&quot;id&quot;, &quot;user&quot;, &quot;username&quot;, &quot;scope&quot;, &quot;expires&quot;, &quot;unlock&quot;?: {&quot;expires&quot;},
                  &quot;downgraded&quot;: bool}}
  login          {&quot;user&quot;, &quot;username&quot;, &quot;expires&quot;, &quot;downgraded&quot;}
  history        {&quot;entries&quot;: [{&quot;time&quot;, &quot;action&quot;, &quot;environment&quot;, &quot;user&quot;, &quot;tokenId&quot;, &quot;label&quot;,
                  &quot;origin&quot;: &quot;gui|cli&quot;, &quot;detail&quot;}], &quot;skippedLines&quot;}
  templates list {&quot;templates&quot;: [{&quot;name&quot;, &quot;request&quot;: {create-token fields, no label or otp}}]}
  revoke/forget/import  {&quot;id&quot;, &quot;label&quot;}; Fehler: {&quot;error&quot;, &quot;name&quot;, &quot;requestId&quot;, &quot;exitCode&quot;} auf stdout
  Zeiten in ISO 8601 UTC; Beträge in Basiseinheiten als Zeichenketten.

Exit-Codes:
   0  Erfolg
   1  anderer Fehler (lokaler Dateifehler, abgebrochen)
   2  Aufruf: unbekannter Befehl oder Option, fehlendes Argument
   3  Prüfung: Die Anfrage wurde abgelehnt, bevor etwas gesendet wurde
   4  ein (korrekter) Einmalcode wird benötigt, oder die Sitzung muss entsperrt werden
   5  Authentifizierung fehlgeschlagen: nicht angemeldet, falsches Passwort, Sitzung abgelaufen oder widerrufen — erneut anmelden
   6  nicht gefunden: kein Token mit dieser ID oder Bezeichnung
   7  mehrdeutige Bezeichnung: mehrere Token tragen sie — die ID verwenden
   8  Schlüsselbund nicht verfügbar (gesperrt, fehlend, fehlgeschlagen oder keine Antwort)
   9  Token erstellt, aber nicht gespeichert: einmal ausgegeben, selbst aufbewahren oder widerrufen
  10  Netzwerk- oder Serverfehler (Verbindung, TLS, Zeitüberschreitung, 5xx, fehlerhafte Antwort, Ratenlimit)
  11  Signatur stimmt nicht: Eine Antwort hat die HMAC-Prüfung nicht bestanden und wurde verworfen
  12  die Erstellungsanfrage wurde zweimal gesendet (Qt hat sie wiederholt): das zusätzliche Token wurde
      widerrufen, oder ähnliche Token, die jemand anderem gehören können, werden zur Prüfung ausgegeben
  13  Token erstellt, aber nicht gespeichert, und widerrufen (--on-store-failure=revoke)
  14  tokens rotate: Das neue Token ist gespeichert, aber ein späterer Schritt steht noch aus (siehe Meldung)
  15  tokens rotate: Ein Schritt ist fehlgeschlagen; das neue Token wurde widerrufen, das alte ist unverändert
  20  tokens review: Es gibt Befunde (die Prüfung selbst war erfolgreich)
</translation>
    </message>
</context>
<context>
    <name>bgtm::cli::Commands</name>
    <message>
        <source>%1 unlimited</source>
        <translation>%1 unbegrenzt</translation>
    </message>
    <message>
        <source> base units</source>
        <translation> Basiseinheiten</translation>
    </message>
    <message numerus="yes">
        <source>Gave up: no answer within %n second(s).</source>
        <translation>
            <numerusform>Aufgegeben: keine Antwort innerhalb von %n Sekunde.</numerusform>
            <numerusform>Aufgegeben: keine Antwort innerhalb von %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>%1 Sign in again with &quot;login&quot;.</source>
        <translation>%1 Melden Sie sich mit „login“ erneut an.</translation>
    </message>
    <message>
        <source>(request id %1)</source>
        <translation>(Anfrage-ID %1)</translation>
    </message>
    <message>
        <source>Internal error: services missing.</source>
        <translation>Interner Fehler: Dienste fehlen.</translation>
    </message>
    <message>
        <source>Internal error: no sandbox finder.</source>
        <translation>Interner Fehler: keine Sandbox-Suche.</translation>
    </message>
    <message>
        <source>Started the local sandbox at %1.</source>
        <translation>Lokale Sandbox unter %1 gestartet.</translation>
    </message>
    <message>
        <source>Not signed in: no account given. Pass --user or set BITGO_USER, or run &quot;login&quot; first.</source>
        <translation>Nicht angemeldet: kein Konto angegeben. Geben Sie --user an, setzen Sie BITGO_USER oder führen Sie zuerst „login“ aus.</translation>
    </message>
    <message>
        <source>Not signed in to %1 as %2: run &quot;login&quot;.</source>
        <translation>Nicht bei %1 als %2 angemeldet: Führen Sie „login“ aus.</translation>
    </message>
    <message>
        <source>The session of %1 expired: run &quot;login&quot; again.</source>
        <translation>Die Sitzung von %1 ist abgelaufen: Führen Sie „login“ erneut aus.</translation>
    </message>
    <message>
        <source>Email: </source>
        <translation>E-Mail: </translation>
    </message>
    <message>
        <source>login needs an account: pass --user or set BITGO_USER.</source>
        <translation>login braucht ein Konto: Geben Sie --user an oder setzen Sie BITGO_USER.</translation>
    </message>
    <message>
        <source>No terminal to ask for the password: pass --password-stdin and write it to stdin.</source>
        <translation>Kein Terminal, um nach dem Passwort zu fragen: Geben Sie --password-stdin an und schreiben Sie es auf stdin.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>Es wurde kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>One-time code: </source>
        <translation>Einmalcode: </translation>
    </message>
    <message>
        <source>A one-time code is needed: pass --otp or answer the prompt.</source>
        <translation>Ein Einmalcode wird benötigt: Geben Sie --otp an oder beantworten Sie die Abfrage.</translation>
    </message>
    <message>
        <source>Signed in, but the session could not be kept in the keychain (%1); the next command will need &quot;login&quot; again.</source>
        <translation>Angemeldet, aber die Sitzung konnte nicht im Schlüsselbund aufbewahrt werden (%1); der nächste Befehl braucht erneut „login“.</translation>
    </message>
    <message>
        <source>warning: the session was downgraded (no ECDH key): new tokens arrive unencrypted and their replies cannot be verified.</source>
        <translation>Warnung: Die Sitzung wurde herabgestuft (kein ECDH-Schlüssel): Neue Token kommen unverschlüsselt an und ihre Antworten können nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 until %3.</source>
        <translation>Bei %1 als %2 angemeldet bis %3.</translation>
    </message>
    <message>
        <source>Access token: </source>
        <translation>Zugriffstoken: </translation>
    </message>
    <message>
        <source>No token was given on stdin.</source>
        <translation>Auf stdin wurde kein Token angegeben.</translation>
    </message>
    <message>
        <source>The token works, but it could not be kept in the keychain: %1</source>
        <translation>Das Token funktioniert, konnte aber nicht im Schlüsselbund aufbewahrt werden: %1</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 with an access token.</source>
        <translation>Bei %1 als %2 mit einem Zugriffstoken angemeldet.</translation>
    </message>
    <message>
        <source>warning: the server could not end the session (%1); it was forgotten here and ends when it expires.</source>
        <translation>Warnung: Der Server konnte die Sitzung nicht beenden (%1); sie wurde hier vergessen und endet, wenn sie abläuft.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Entsperrt</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Downgraded</source>
        <translation>Herabgestuft</translation>
    </message>
    <message>
        <source>yes (no ECDH key: created tokens are not verifiable)</source>
        <translation>ja (kein ECDH-Schlüssel: erstellte Token sind nicht überprüfbar)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>duration: the unlock duration is 1 to 3600 seconds.</source>
        <translation>duration: Die Dauer der Entsperrung beträgt 1 bis 3600 Sekunden.</translation>
    </message>
    <message>
        <source>Unlocked until %1. Unlocking removes the spending limits of limited tokens.</source>
        <translation>Entsperrt bis %1. Entsperren hebt die Ausgabelimits limitierter Token auf.</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation>Gesperrt.</translation>
    </message>
    <message>
        <source>warning: the list is incomplete (a page could not be fetched).</source>
        <translation>Warnung: Die Liste ist unvollständig (eine Seite konnte nicht abgerufen werden).</translation>
    </message>
    <message>
        <source>warning: the local index was not updated: %1</source>
        <translation>Warnung: Der lokale Index wurde nicht aktualisiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>warning: %n token(s) are live on the server but their secret is nowhere; revoke them.</source>
        <translation>
            <numerusform>Warnung: %n Token ist auf dem Server gültig, aber sein Geheimnis ist nirgends; widerrufen Sie es.</numerusform>
            <numerusform>Warnung: %n Token sind auf dem Server gültig, aber ihr Geheimnis ist nirgends; widerrufen Sie sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>No access tokens.</source>
        <translation>Keine Zugriffstoken.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>BEZEICHNUNG</translation>
    </message>
    <message>
        <source>SCOPES</source>
        <translation>BERECHTIGUNGEN</translation>
    </message>
    <message>
        <source>LIMITS</source>
        <translation>LIMITS</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>LÄUFT AB</translation>
    </message>
    <message>
        <source>STORED HERE</source>
        <translation>HIER GESPEICHERT</translation>
    </message>
    <message>
        <source>Use 1d, 30d, 90d, 1y, 10y or a number of seconds, not &quot;%1&quot;.</source>
        <translation>Verwenden Sie 1d, 30d, 90d, 1y, 10y oder eine Anzahl Sekunden, nicht „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a coin BitGo knows.</source>
        <translation>„%1“ ist kein Coin, den BitGo kennt.</translation>
    </message>
    <message>
        <source>invalid %1: %2</source>
        <translation>ungültig %1: %2</translation>
    </message>
    <message>
        <source>The request is not valid.</source>
        <translation>Die Anfrage ist nicht gültig.</translation>
    </message>
    <message>
        <source>Not creating a token: the keychain cannot store it (%1).</source>
        <translation>Es wird kein Token erstellt: Der Schlüsselbund kann es nicht speichern (%1).</translation>
    </message>
    <message>
        <source>warning: storing the token failed (%1); trying again.</source>
        <translation>Warnung: Speichern des Tokens fehlgeschlagen (%1); neuer Versuch.</translation>
    </message>
    <message>
        <source>error: the keychain could not store the new token (%1); it was revoked as asked (--on-store-failure=revoke).</source>
        <translation>Fehler: Der Schlüsselbund konnte das neue Token nicht speichern (%1); es wurde wie verlangt widerrufen (--on-store-failure=revoke).</translation>
    </message>
    <message>
        <source>warning: revoking it failed as well (%1).</source>
        <translation>Warnung: Auch das Widerrufen ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>WARNING: the token was created but the keychain could not store it (%1). It is printed below, once: store it yourself now, or revoke it with &quot;tokens revoke %2&quot;.</source>
        <translation>WARNUNG: Das Token wurde erstellt, aber der Schlüsselbund konnte es nicht speichern (%1). Es wird unten einmal ausgegeben: Bewahren Sie es jetzt selbst auf oder widerrufen Sie es mit „tokens revoke %2“.</translation>
    </message>
    <message>
        <source>note: the reply could not be verified (downgraded session).</source>
        <translation>Hinweis: Die Antwort konnte nicht geprüft werden (herabgestufte Sitzung).</translation>
    </message>
    <message numerus="yes">
        <source>warning: a silent resend created %n extra token(s); revoked: %1</source>
        <translation>
            <numerusform>Warnung: Ein stilles erneutes Senden hat %n zusätzliches Token erstellt; widerrufen: %1</numerusform>
            <numerusform>Warnung: Ein stilles erneutes Senden hat %n zusätzliche Token erstellt; widerrufen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>error: extra token(s) from a silent resend could NOT be revoked, revoke them yourself: %1</source>
        <translation>Fehler: Zusätzliche Token aus einem stillen erneuten Senden konnten NICHT widerrufen werden, widerrufen Sie sie selbst: %1</translation>
    </message>
    <message>
        <source>Created %1 %2</source>
        <translation>Erstellt %1 %2</translation>
    </message>
    <message>
        <source>No live token is labelled &quot;%1&quot;.</source>
        <translation>Kein gültiges Token trägt die Bezeichnung „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens are labelled &quot;%1&quot;; name one by its id: %2</source>
        <translation>
            <numerusform>%n Token trägt die Bezeichnung „%1“; nennen Sie eines über seine ID: %2</numerusform>
            <numerusform>%n Token tragen die Bezeichnung „%1“; nennen Sie eines über seine ID: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoking needs confirmation: pass --yes when not on a terminal.</source>
        <translation>Widerrufen braucht eine Bestätigung: Geben Sie --yes an, wenn kein Terminal vorhanden ist.</translation>
    </message>
    <message>
        <source>Revoke %1? It stops working at once. [y/N] </source>
        <translation>%1 widerrufen? Es funktioniert sofort nicht mehr. [j/N] </translation>
    </message>
    <message>
        <source>Not revoked.</source>
        <translation>Nicht widerrufen.</translation>
    </message>
    <message>
        <source>No token with id %1 on the server.</source>
        <translation>Kein Token mit der ID %1 auf dem Server.</translation>
    </message>
    <message>
        <source>Revoked %1 %2</source>
        <translation>Widerrufen %1 %2</translation>
    </message>
    <message>
        <source>warning: revoked, but not removed from this machine: %1</source>
        <translation>Warnung: widerrufen, aber nicht von diesem Rechner entfernt: %1</translation>
    </message>
    <message>
        <source>No token labelled &quot;%1&quot; is stored here for %2.</source>
        <translation>Kein Token mit der Bezeichnung „%1“ ist hier für %2 gespeichert.</translation>
    </message>
    <message>
        <source>No token with id %1 is stored here for %2.</source>
        <translation>Kein Token mit der ID %1 ist hier für %2 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n stored tokens are labelled &quot;%1&quot;; name one by its id: %2</source>
        <translation>
            <numerusform>%n gespeichertes Token trägt die Bezeichnung „%1“; nennen Sie eines über seine ID: %2</numerusform>
            <numerusform>%n gespeicherte Token tragen die Bezeichnung „%1“; nennen Sie eines über seine ID: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The secret of this token is not on this machine.</source>
        <translation>Das Geheimnis dieses Tokens ist nicht auf diesem Rechner.</translation>
    </message>
    <message>
        <source>Imported token</source>
        <translation>Importiertes Token</translation>
    </message>
    <message>
        <source>warning: the server refused this token from this address (IP restriction); it was stored as unverified.</source>
        <translation>Warnung: Der Server hat dieses Token von dieser Adresse abgelehnt (IP-Beschränkung); es wurde als ungeprüft gespeichert.</translation>
    </message>
    <message>
        <source>Stored %1 %2 (unverified)</source>
        <translation>Gespeichert %1 %2 (ungeprüft)</translation>
    </message>
    <message>
        <source>Stored %1 %2</source>
        <translation>Gespeichert %1 %2</translation>
    </message>
    <message>
        <source>Forgot %1 %2 on this machine (it is still valid on the server).</source>
        <translation>%1 %2 auf diesem Rechner vergessen (auf dem Server ist es weiterhin gültig).</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message numerus="yes">
        <source>No findings for %n token(s).</source>
        <translation>
            <numerusform>Keine Befunde für %n Token.</numerusform>
            <numerusform>Keine Befunde für %n Token.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s).</source>
        <translation>
            <numerusform>%n Befund.</numerusform>
            <numerusform>%n Befunde.</numerusform>
        </translation>
    </message>
    <message>
        <source>from template %1</source>
        <translation>aus Vorlage %1</translation>
    </message>
    <message>
        <source>could not be stored</source>
        <translation>konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>surplus from a silent resend</source>
        <translation>überzählig durch stilles erneutes Senden</translation>
    </message>
    <message>
        <source>to stdout, format %1</source>
        <translation>auf stdout, Format %1</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>ungeprüft</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>warning: the history could not be written: %1</source>
        <translation>Warnung: Der Verlauf konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Internal error: no history.</source>
        <translation>Interner Fehler: kein Verlauf.</translation>
    </message>
    <message>
        <source>--action must be one of: %1.</source>
        <translation>--action muss eines davon sein: %1.</translation>
    </message>
    <message numerus="yes">
        <source>note: %n line(s) of the history could not be read (e.g. torn by a crash) and were skipped.</source>
        <translation>
            <numerusform>Hinweis: %n Zeile des Verlaufs konnte nicht gelesen werden (z. B. durch einen Absturz zerrissen) und wurde übersprungen.</numerusform>
            <numerusform>Hinweis: %n Zeilen des Verlaufs konnten nicht gelesen werden (z. B. durch einen Absturz zerrissen) und wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No history.</source>
        <translation>Kein Verlauf.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>ENV</source>
        <translation>UMG.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation>HERKUNFT</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DETAIL</translation>
    </message>
    <message>
        <source>Internal error: no templates.</source>
        <translation>Interner Fehler: keine Vorlagen.</translation>
    </message>
    <message>
        <source>No templates.</source>
        <translation>Keine Vorlagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>LIFETIME</source>
        <translation>LAUFZEIT</translation>
    </message>
    <message>
        <source>IP RULES</source>
        <translation>IP-REGELN</translation>
    </message>
    <message>
        <source>Saved template &quot;%1&quot;.</source>
        <translation>Vorlage „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Deleted template &quot;%1&quot;.</source>
        <translation>Vorlage „%1“ gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n template(s): %1</source>
        <translation>
            <numerusform>%n Vorlage importiert: %1</numerusform>
            <numerusform>%n Vorlagen importiert: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the templates to %1.</source>
        <translation>Vorlagen nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Internal error: not a templates command.</source>
        <translation>Interner Fehler: kein Vorlagenbefehl.</translation>
    </message>
    <message>
        <source>WARNING: the keychain did not finish storing the new token in time. It is printed below, once: store it yourself now, or revoke it with &quot;tokens revoke %1&quot;.</source>
        <translation>WARNUNG: Der Schlüsselbund hat das Speichern des neuen Tokens nicht rechtzeitig abgeschlossen. Es wird unten einmal ausgegeben: Bewahren Sie es jetzt selbst auf oder widerrufen Sie es mit „tokens revoke %1“.</translation>
    </message>
    <message>
        <source>warning: the request was sent more than once, and whether that made extra tokens could not be checked; look at &quot;tokens list&quot;.</source>
        <translation>Warnung: Die Anfrage wurde mehr als einmal gesendet, und ob dabei zusätzliche Token entstanden sind, ließ sich nicht prüfen; sehen Sie in „tokens list“ nach.</translation>
    </message>
    <message>
        <source>warning: a create from this machine got no answer, and these tokens look like what it asked for: %1. Some are someone else&apos;s and nothing tells which; nothing was flagged. Revoke the one(s) that are yours (tokens revoke ID), then dismiss the rest here (tokens forget ID).</source>
        <translation>Warnung: Eine Erstellung von diesem Rechner bekam keine Antwort, und diese Token sehen aus wie das Angeforderte: %1. Einige gehören jemand anderem, und nichts zeigt, welche; nichts wurde markiert. Widerrufen Sie die eigenen (tokens revoke ID) und verwerfen Sie dann den Rest hier (tokens forget ID).</translation>
    </message>
    <message>
        <source>an unanswered creation; its look-alikes: %1</source>
        <translation>eine unbeantwortete Erstellung; ähnliche Token: %1</translation>
    </message>
    <message>
        <source>Dismissed the unanswered creation of &quot;%1&quot; on this machine; the tokens that looked like it (%2) stay on the server as they are.</source>
        <translation>Die unbeantwortete Erstellung von „%1“ auf diesem Rechner wurde verworfen; die ähnlichen Token (%2) bleiben auf dem Server unverändert.</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>Warnung: %1: %2</translation>
    </message>
</context>
<context>
    <name>bgtm::cli::Output</name>
    <message>
        <source>The request went out but no trustworthy answer came back, so the server may have made the token. It is kept on this machine as a pending creation: the next &quot;tokens list&quot; settles it, and shows a token of this shape that nobody here holds as flagged for revocation.</source>
        <translation>Die Anfrage wurde gesendet, aber keine vertrauenswürdige Antwort kam zurück; der Server hat das Token also möglicherweise erstellt. Es bleibt auf diesem Rechner als ausstehende Erstellung: Das nächste „tokens list“ klärt das und zeigt ein Token dieser Form, das hier niemand hält, als zum Widerrufen markiert.</translation>
    </message>
    <message>
        <source>warning: the request was sent more than once, and these tokens look like the new one but may be someone else&apos;s; nothing was revoked. Check them and revoke what is yours: %1</source>
        <translation>Warnung: Die Anfrage wurde mehr als einmal gesendet, und diese Token sehen aus wie das neue, können aber jemand anderem gehören; nichts wurde widerrufen. Prüfen Sie sie und widerrufen Sie Ihre eigenen: %1</translation>
    </message>
</context>
<context>
    <name>bgtm::cli::ReviewReport</name>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>  %1  %2: %3</source>
        <translation>  %1  %2: %3</translation>
    </message>
    <message>
        <source>            fix: %1</source>
        <translation>            Korrektur: %1</translation>
    </message>
</context>
<context>
    <name>bgtm::cli::RotateCommand</name>
    <message>
        <source>%1 base units of %2</source>
        <translation>%1 Basiseinheiten von %2</translation>
    </message>
    <message>
        <source>No live token is labelled &quot;%1&quot;.</source>
        <translation>Kein gültiges Token trägt die Bezeichnung „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens are labelled &quot;%1&quot;; name them by id: %2</source>
        <translation>
            <numerusform>%n Token trägt die Bezeichnung „%1“; nennen Sie es über seine ID: %2</numerusform>
            <numerusform>%n Token tragen die Bezeichnung „%1“; nennen Sie sie über ihre IDs: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>error: %1: no live token with this id on the server.</source>
        <translation>Fehler: %1: kein gültiges Token mit dieser ID auf dem Server.</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>Use 1d, 30d, 90d, 1y, 10y or a number of seconds, not &quot;%1&quot;.</source>
        <translation>Verwenden Sie 1d, 30d, 90d, 1y, 10y oder eine Anzahl Sekunden, nicht „%1“.</translation>
    </message>
    <message>
        <source>--new-label names one token; rotate several tokens without it.</source>
        <translation>--new-label benennt ein einzelnes Token; erneuern Sie mehrere Token ohne diese Option.</translation>
    </message>
    <message>
        <source>error: %1: %2</source>
        <translation>Fehler: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Rotating %1 &quot;%2&quot; → &quot;%3&quot;, lifetime %n day(s)%4</source>
        <translation>
            <numerusform>Erneuere %1 „%2“ → „%3“, Laufzeit %n Tag%4</numerusform>
            <numerusform>Erneuere %1 „%2“ → „%3“, Laufzeit %n Tage%4</numerusform>
        </translation>
    </message>
    <message>
        <source> (its secret is not on this machine)</source>
        <translation> (sein Geheimnis ist nicht auf diesem Rechner)</translation>
    </message>
    <message>
        <source>  %1: limit %2, spent %3</source>
        <translation>  %1: Limit %2, ausgegeben %3</translation>
    </message>
    <message>
        <source>, remaining %1</source>
        <translation>, verbleibend %1</translation>
    </message>
    <message>
        <source> — carried over</source>
        <translation> — übernommen</translation>
    </message>
    <message>
        <source> — new limit %1</source>
        <translation> — neues Limit %1</translation>
    </message>
    <message>
        <source> (no carry-over: %1)</source>
        <translation> (keine Übernahme: %1)</translation>
    </message>
    <message>
        <source>One-time code: </source>
        <translation>Einmalcode: </translation>
    </message>
    <message>
        <source>A one-time code is needed: pass --otp or answer the prompt.</source>
        <translation>Ein Einmalcode wird benötigt: Geben Sie --otp an oder beantworten Sie die Abfrage.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>error: extra token(s) from a silent resend could NOT be revoked, revoke them yourself: %1</source>
        <translation>Fehler: Zusätzliche Token aus einem stillen erneuten Senden konnten NICHT widerrufen werden, widerrufen Sie sie selbst: %1</translation>
    </message>
    <message>
        <source>WARNING: the new token %1 was created but could be neither stored nor revoked (%2). It is printed below, once: store it yourself now, or revoke it with &quot;tokens revoke %1&quot;. The old token %3 is unchanged.</source>
        <translation>WARNUNG: Das neue Token %1 wurde erstellt, konnte aber weder gespeichert noch widerrufen werden (%2). Es wird unten einmal ausgegeben: Bewahren Sie es jetzt selbst auf oder widerrufen Sie es mit „tokens revoke %1“. Das alte Token %3 ist unverändert.</translation>
    </message>
    <message>
        <source>error: %1: %2 failed (%3); the new token %4 was revoked and the old token is unchanged.</source>
        <translation>Fehler: %1: %2 fehlgeschlagen (%3); das neue Token %4 wurde widerrufen und das alte Token ist unverändert.</translation>
    </message>
    <message>
        <source>warning: %1 was revoked, but could not be removed from this machine (%2); run &quot;tokens forget %1&quot;.</source>
        <translation>Warnung: %1 wurde widerrufen, konnte aber nicht von diesem Rechner entfernt werden (%2); führen Sie „tokens forget %1“ aus.</translation>
    </message>
    <message>
        <source>error: the new token %1 is stored and works, but the old token %2 could not be revoked (%3): both are valid. Finish with &quot;tokens revoke %2&quot;.</source>
        <translation>Fehler: Das neue Token %1 ist gespeichert und funktioniert, aber das alte Token %2 konnte nicht widerrufen werden (%3): Beide sind gültig. Schließen Sie mit „tokens revoke %2“ ab.</translation>
    </message>
    <message>
        <source>error: %1 failed (%2); the new token %3 is stored here but could not be revoked: revoke it with &quot;tokens revoke %3&quot;. The old token %4 is unchanged.</source>
        <translation>Fehler: %1 fehlgeschlagen (%2); das neue Token %3 ist hier gespeichert, konnte aber nicht widerrufen werden: Widerrufen Sie es mit „tokens revoke %3“. Das alte Token %4 ist unverändert.</translation>
    </message>
    <message>
        <source>error: %1: %2 failed: %3. Nothing was changed.</source>
        <translation>Fehler: %1: %2 fehlgeschlagen: %3. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Rotated %1 → %2 %3</source>
        <translation>Erneuert %1 → %2 %3</translation>
    </message>
    <message>
        <source>new token %1</source>
        <translation>neues Token %1</translation>
    </message>
    <message>
        <source>warning: the history was not updated: %1</source>
        <translation>Warnung: Der Verlauf wurde nicht aktualisiert: %1</translation>
    </message>
    <message>
        <source>No templates are available.</source>
        <translation>Es sind keine Vorlagen vorhanden.</translation>
    </message>
    <message>
        <source>  shaped after template &quot;%1&quot;: scopes %2, IP rules %3</source>
        <translation>  nach Vorlage „%1“ geformt: Berechtigungen %2, IP-Regeln %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>new token %1 from template %2</source>
        <translation>neues Token %1 aus Vorlage %2</translation>
    </message>
</context>
<context>
    <name>bgtm::cli::main</name>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Run with --help for usage.</source>
        <translation>Mit --help erhalten Sie die Bedienungshinweise.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>bgtm::mappers</name>
    <message>
        <source>The server sent a reply this program cannot read: %1</source>
        <translation>Der Server hat eine Antwort gesendet, die dieses Programm nicht lesen kann: %1</translation>
    </message>
    <message>
        <source>a token without an id</source>
        <translation>ein Token ohne ID</translation>
    </message>
    <message>
        <source>the sign-in reply is not a JSON object</source>
        <translation>die Anmeldeantwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the sign-in reply has neither a token nor an encrypted token</source>
        <translation>die Anmeldeantwort enthält weder ein Token noch ein verschlüsseltes Token</translation>
    </message>
    <message>
        <source>the new token&apos;s reply is not a JSON object</source>
        <translation>die Antwort zum neuen Token ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the new token&apos;s reply holds no token</source>
        <translation>die Antwort zum neuen Token enthält kein Token</translation>
    </message>
    <message>
        <source>the token list is not a JSON object</source>
        <translation>die Token-Liste ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the token list has no accessTokens array</source>
        <translation>die Token-Liste hat kein accessTokens-Array</translation>
    </message>
    <message>
        <source>the token list holds something that is not a token</source>
        <translation>die Token-Liste enthält etwas, das kein Token ist</translation>
    </message>
    <message>
        <source>the token reply is not a JSON object</source>
        <translation>die Token-Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the session reply is not a JSON object</source>
        <translation>die Sitzungsantwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the session reply has no session</source>
        <translation>die Sitzungsantwort enthält keine Sitzung</translation>
    </message>
    <message>
        <source>the session reply names no user</source>
        <translation>die Sitzungsantwort nennt keinen Benutzer</translation>
    </message>
    <message>
        <source>the user reply is not a JSON object</source>
        <translation>die Benutzerantwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the user reply has no user</source>
        <translation>die Benutzerantwort enthält keinen Benutzer</translation>
    </message>
    <message>
        <source>the user reply has no user id</source>
        <translation>die Benutzerantwort enthält keine Benutzer-ID</translation>
    </message>
    <message>
        <source>the password check reply has no answer</source>
        <translation>die Antwort der Passwortprüfung enthält kein Ergebnis</translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1). Redirects are never followed: check the server address.</source>
        <translation>Der Server hat mit einer Weiterleitung geantwortet (HTTP %1). Weiterleitungen werden nie befolgt: Prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>This action needs an unlocked session: unlock with a one-time code first.</source>
        <translation>Diese Aktion braucht eine entsperrte Sitzung: Entsperren Sie zuerst mit einem Einmalcode.</translation>
    </message>
    <message>
        <source>The one-time code is missing or wrong.</source>
        <translation>Der Einmalcode fehlt oder ist falsch.</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock differs from the server&apos;s by %n second(s); signed requests are refused. Correct the clock and try again.</source>
        <translation>
            <numerusform>Die Uhr dieses Rechners weicht um %n Sekunde von der des Servers ab; signierte Anfragen werden abgelehnt. Stellen Sie die Uhr richtig und versuchen Sie es erneut.</numerusform>
            <numerusform>Die Uhr dieses Rechners weicht um %n Sekunden von der des Servers ab; signierte Anfragen werden abgelehnt. Stellen Sie die Uhr richtig und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The username or password is wrong.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The session has expired. Sign in again.</source>
        <translation>Die Sitzung ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server no longer accepts this token (revoked, expired or unknown). Sign in again.</source>
        <translation>Der Server akzeptiert dieses Token nicht mehr (widerrufen, abgelaufen oder unbekannt). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server refused this token from this computer&apos;s address (it may be restricted to other IP addresses).</source>
        <translation>Der Server hat dieses Token von der Adresse dieses Rechners abgelehnt (es ist möglicherweise auf andere IP-Adressen beschränkt).</translation>
    </message>
    <message>
        <source>The token lacks the scope this action needs.</source>
        <translation>Dem Token fehlt die Berechtigung, die diese Aktion braucht.</translation>
    </message>
    <message>
        <source>The server does not know this item.</source>
        <translation>Der Server kennt dieses Element nicht.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests: the server asks to wait %n second(s).</source>
        <translation>
            <numerusform>Zu viele Anfragen: Der Server bittet, %n Sekunde zu warten.</numerusform>
            <numerusform>Zu viele Anfragen: Der Server bittet, %n Sekunden zu warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests: wait a moment and try again.</source>
        <translation>Zu viele Anfragen: Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1). Try again later.</source>
        <translation>Der Server ist gescheitert (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation>Servermeldung: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Local sandbox (offline)</source>
        <translation>Lokale Sandbox (offline)</translation>
    </message>
    <message>
        <source>Create, keep and revoke BitGo access tokens.</source>
        <translation>BitGo-Zugriffstoken erstellen, aufbewahren und widerrufen.</translation>
    </message>
    <message>
        <source>Use the local sandbox (started if needed) and sign in with its demo account.</source>
        <translation>Die lokale Sandbox verwenden (bei Bedarf gestartet) und mit ihrem Demokonto anmelden.</translation>
    </message>
    <message>
        <source>Preselect an environment: test, prod, sandbox or custom-&lt;name&gt;.</source>
        <translation>Eine Umgebung vorauswählen: test, prod, sandbox oder custom-&lt;Name&gt;.</translation>
    </message>
    <message>
        <source>Start without the sign-in dialog.</source>
        <translation>Ohne den Anmeldedialog starten.</translation>
    </message>
    <message>
        <source>The token list on this machine could not be read: %1</source>
        <translation>Die Token-Liste auf diesem Rechner konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The local sandbox this app started (process %1) keeps running: bitgo-token-manager-cli (process %2) may be using it. Its tokens are kept either way; stop it with “kill %1” when you are done.</source>
        <translation>Die lokale Sandbox, die diese App gestartet hat (Prozess %1), läuft weiter: bitgo-token-manager-cli (Prozess %2) verwendet sie möglicherweise. Ihre Token bleiben in jedem Fall erhalten; beenden Sie sie mit „kill %1“, wenn Sie fertig sind.</translation>
    </message>
</context>
</TS>
