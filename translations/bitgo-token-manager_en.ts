<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>bgtm::Amount</name>
    <message numerus="yes">
        <source>Too many decimal places: this coin has %n.</source>
        <translation>
            <numerusform>Too many decimal places: this coin has %n.</numerusform>
            <numerusform>Too many decimal places: this coin has %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bgtm::CreateTokenDialog</name>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copied. The clipboard is cleared in %n second.</numerusform>
            <numerusform>Copied. The clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n decimal(s)</source>
        <translation>
            <numerusform>%1, %n decimal</numerusform>
            <numerusform>%1, %n decimals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The request was sent more than once, and BitGo created %n extra token(s) that nobody held: %1. They were revoked.</source>
        <translation>
            <numerusform>The request was sent more than once, and BitGo created %n extra token that nobody held: %1. It was revoked.</numerusform>
            <numerusform>The request was sent more than once, and BitGo created %n extra tokens that nobody held: %1. They were revoked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bgtm::ExpiryBanner</name>
    <message numerus="yes">
        <source>%n token(s) expire within %1 days: %2</source>
        <translation>
            <numerusform>%n token expires within %1 days: %2</numerusform>
            <numerusform>%n tokens expire within %1 days: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bgtm::HistoryDialog</name>
    <message numerus="yes">
        <source>%n line(s) could not be read (for example torn by a crash) and are not shown.</source>
        <translation>
            <numerusform>%n line could not be read (for example torn by a crash) and is not shown.</numerusform>
            <numerusform>%n lines could not be read (for example torn by a crash) and are not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n entry(ies) to %1.</source>
        <translation>
            <numerusform>Wrote %n entry to %1.</numerusform>
            <numerusform>Wrote %n entries to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bgtm::LocalSandbox</name>
    <message numerus="yes">
        <source>The local sandbox did not start within %n second(s).</source>
        <translation>
            <numerusform>The local sandbox did not start within %n second.</numerusform>
            <numerusform>The local sandbox did not start within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bgtm::MainWindow</name>
    <message numerus="yes">
        <source>&lt;p&gt;%n tokens selected.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n token selected.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n tokens selected.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>Clipboard clears in %n s</numerusform>
            <numerusform>Clipboard clears in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n token(s) on the server? Anything using them stops working at once.

%1</source>
        <translation>
            <numerusform>Revoke %n token on the server? Anything using it stops working at once.

%1</numerusform>
            <numerusform>Revoke %n tokens on the server? Anything using them stops working at once.

%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) could not be revoked.</source>
        <translation>
            <numerusform>%n token could not be revoked.</numerusform>
            <numerusform>%n tokens could not be revoked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n token(s).</source>
        <translation>
            <numerusform>Revoked %n token.</numerusform>
            <numerusform>Revoked %n tokens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n token(s)</source>
        <translation>
            <numerusform>Revoke %n token</numerusform>
            <numerusform>Revoke %n tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bgtm::RequestJob</name>
    <message numerus="yes">
        <source>The server did not finish answering within %n second(s).</source>
        <translation>
            <numerusform>The server did not finish answering within %n second.</numerusform>
            <numerusform>The server did not finish answering within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the reply is larger than %n byte(s)</source>
        <translation>
            <numerusform>the reply is larger than %n byte</numerusform>
            <numerusform>the reply is larger than %n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bgtm::RotateTokensDialog</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undoing: revoking the new token, waiting for the server (at most %n s)…</source>
        <translation>
            <numerusform>Undoing: revoking the new token, waiting for the server (at most %n s)…</numerusform>
            <numerusform>Undoing: revoking the new token, waiting for the server (at most %n s)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retrying: waiting for the server (at most %n s)…</source>
        <translation>
            <numerusform>Retrying: waiting for the server (at most %n s)…</numerusform>
            <numerusform>Retrying: waiting for the server (at most %n s)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer from the server after %n s. It may still act on the request: close this window and refresh the token list to see where the rotation stands.</source>
        <translation>
            <numerusform>No answer from the server after %n s. It may still act on the request: close this window and refresh the token list to see where the rotation stands.</numerusform>
            <numerusform>No answer from the server after %n s. It may still act on the request: close this window and refresh the token list to see where the rotation stands.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rotation(s) did not finish; see each result.</source>
        <translation>
            <numerusform>%n rotation did not finish; see its result.</numerusform>
            <numerusform>%n rotations did not finish; see each result.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bgtm::RotationPlanner</name>
    <message numerus="yes">
        <source>it has %n spending limit(s) instead of %1</source>
        <translation>
            <numerusform>it has %n spending limit instead of %1</numerusform>
            <numerusform>it has %n spending limits instead of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bgtm::SecurityReview</name>
    <message numerus="yes">
        <source>Rotate it with a lifetime of at most %n day(s).</source>
        <translation>
            <numerusform>Rotate it with a lifetime of at most %n day.</numerusform>
            <numerusform>Rotate it with a lifetime of at most %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It expires in %n day(s).</source>
        <translation>
            <numerusform>It expires in %n day.</numerusform>
            <numerusform>It expires in %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No spending in %n day(s): its spend and approve scopes look unused; %1</source>
        <translation>
            <numerusform>No spending in %n day: its spend and approve scopes look unused; %1</numerusform>
            <numerusform>No spending in %n days: its spend and approve scopes look unused; %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bgtm::SecurityReviewDialog</name>
    <message numerus="yes">
        <source>No findings for %n token(s).</source>
        <translation>
            <numerusform>No findings for %n token.</numerusform>
            <numerusform>No findings for %n tokens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bgtm::TemplatesDialog</name>
    <message numerus="yes">
        <source>Imported %n template(s): %1</source>
        <translation>
            <numerusform>Imported %n template: %1</numerusform>
            <numerusform>Imported %n templates: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n template(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n template to %1.</numerusform>
            <numerusform>Wrote %n templates to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bgtm::cli::Commands</name>
    <message numerus="yes">
        <source>Gave up: no answer within %n second(s).</source>
        <translation>
            <numerusform>Gave up: no answer within %n second.</numerusform>
            <numerusform>Gave up: no answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: %n token(s) are live on the server but their secret is nowhere; revoke them.</source>
        <translation>
            <numerusform>warning: %n token is live on the server but its secret is nowhere; revoke it.</numerusform>
            <numerusform>warning: %n tokens are live on the server but their secret is nowhere; revoke them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No findings for %n token(s).</source>
        <translation>
            <numerusform>No findings for %n token.</numerusform>
            <numerusform>No findings for %n tokens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s).</source>
        <translation>
            <numerusform>%n finding.</numerusform>
            <numerusform>%n findings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: a silent resend created %n extra token(s); revoked: %1</source>
        <translation>
            <numerusform>warning: a silent resend created %n extra token; revoked: %1</numerusform>
            <numerusform>warning: a silent resend created %n extra tokens; revoked: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tokens are labelled &quot;%1&quot;; name one by its id: %2</source>
        <translation>
            <numerusform>%n token is labelled &quot;%1&quot;; name one by its id: %2</numerusform>
            <numerusform>%n tokens are labelled &quot;%1&quot;; name one by its id: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored tokens are labelled &quot;%1&quot;; name one by its id: %2</source>
        <translation>
            <numerusform>%n stored token is labelled &quot;%1&quot;; name one by its id: %2</numerusform>
            <numerusform>%n stored tokens are labelled &quot;%1&quot;; name one by its id: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>note: %n line(s) of the history could not be read (e.g. torn by a crash) and were skipped.</source>
        <translation>
            <numerusform>note: %n line of the history could not be read (e.g. torn by a crash) and was skipped.</numerusform>
            <numerusform>note: %n lines of the history could not be read (e.g. torn by a crash) and were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n template(s): %1</source>
        <translation>
            <numerusform>Imported %n template: %1</numerusform>
            <numerusform>Imported %n templates: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bgtm::cli::RotateCommand</name>
    <message numerus="yes">
        <source>%n tokens are labelled &quot;%1&quot;; name them by id: %2</source>
        <translation>
            <numerusform>%n token is labelled &quot;%1&quot;; name it by id: %2</numerusform>
            <numerusform>%n tokens are labelled &quot;%1&quot;; name them by id: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rotating %1 &quot;%2&quot; → &quot;%3&quot;, lifetime %n day(s)%4</source>
        <translation>
            <numerusform>Rotating %1 &quot;%2&quot; → &quot;%3&quot;, lifetime %n day%4</numerusform>
            <numerusform>Rotating %1 &quot;%2&quot; → &quot;%3&quot;, lifetime %n days%4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bgtm::mappers</name>
    <message numerus="yes">
        <source>This computer&apos;s clock differs from the server&apos;s by %n second(s); signed requests are refused. Correct the clock and try again.</source>
        <translation>
            <numerusform>This computer&apos;s clock differs from the server&apos;s by %n second; signed requests are refused. Correct the clock and try again.</numerusform>
            <numerusform>This computer&apos;s clock differs from the server&apos;s by %n seconds; signed requests are refused. Correct the clock and try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many requests: the server asks to wait %n second(s).</source>
        <translation>
            <numerusform>Too many requests: the server asks to wait %n second.</numerusform>
            <numerusform>Too many requests: the server asks to wait %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
