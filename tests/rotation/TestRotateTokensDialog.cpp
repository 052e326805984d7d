// The "Rotate…" dialog driven through its widgets against the real sandbox (amounts as strings) and the
// real keychain of the test session: the plan with spent and remaining per coin, a result per token, the
// suggested change of the security review pre-filled, and a refused code that changes nothing.
#include "rotation/RotateTokensDialog.h"

#include "SandboxProcess.h"
#include "VaultTestUtil.h"

#include "history/ActionHistory.h"
#include "history/TokenTemplates.h"
#include "net/BitGoClient.h"
#include "vault/KeychainSecretStore.h"
#include "vault/TokenIndex.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace bgtm;
using namespace bgtm::test;

namespace {

constexpr int kDeadline = 60000; // generous: the machine is shared; never a timing assertion

template <typename T>
T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

} // namespace

class TestRotateTokensDialog : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<KeychainSecretStore> m_store;
    std::unique_ptr<TokenIndex> m_index;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<BitGoClient> m_client;
    std::unique_ptr<ActionHistory> m_history;
    std::unique_ptr<TokenTemplates> m_templates;

    /// A token made directly on the server (admin route); returns the server's description of it.
    AccessToken serverToken(const QJsonObject &fields)
    {
        QJsonObject document;
        if (m_sandbox.createTokenDirect(fields, &document).isEmpty())
            return {};
        const QString id = document.value(QStringLiteral("id")).toString();
        const auto listed = waitFor<TokenList>(
            [this](QObject *c, Callback<TokenList> d) { m_client->listTokens(c, std::move(d)); }, kDeadline);
        if (!listed || !listed->ok())
            return {};
        for (const AccessToken &token : listed->value().tokens)
            if (token.id == id)
                return token;
        return {};
    }

    QJsonObject sandboxToken(const QString &id)
    {
        const QJsonArray tokens = m_sandbox.admin("GET", QStringLiteral("/_sandbox/state"))
                                      .object()
                                      .value(QStringLiteral("tokens"))
                                      .toArray();
        for (const QJsonValue &token : tokens)
            if (token.toObject().value(QStringLiteral("id")).toString() == id)
                return token.toObject();
        return {};
    }

    std::unique_ptr<RotateTokensDialog> openDialog(QList<RotateTokensDialog::Target> targets,
                                                   std::optional<CreateTokenRequest> suggested = std::nullopt)
    {
        RotateTokensDialog::Dependencies deps;
        deps.client = m_client.get();
        deps.vault = m_vault.get();
        deps.network = &m_network;
        deps.history = m_history.get();
        deps.templates = m_templates.get();
        deps.environmentId = m_client->environment().id;
        deps.userId = m_client->session().user.id;
        deps.username = QLatin1String(SandboxProcess::demoUsername);
        auto dialog = std::make_unique<RotateTokensDialog>(std::move(deps), std::move(targets), std::move(suggested));
        dialog->show();
        return dialog;
    }

    /// Types the code, clicks Rotate and waits for every rotation to end.
    static bool rotate(RotateTokensDialog *dialog, const QString &otp)
    {
        QSignalSpy finished(dialog, &RotateTokensDialog::rotationsFinished);
        QTest::keyClicks(child<QLineEdit>(dialog, "otpLineEdit"), otp);
        QPushButton *button = child<QPushButton>(dialog, "rotateButton");
        if (!button || !button->isEnabled())
            return false;
        QTest::mouseClick(button, Qt::LeftButton);
        return finished.wait(kDeadline) || finished.count() == 1;
    }

    /// History entries of `action` about `tokenId`.
    int historyLines(HistoryAction action, const QString &tokenId)
    {
        const Result<ActionHistory::ReadResult> history = m_history->read();
        int count = 0;
        for (const HistoryEntry &entry : history.ok() ? history.value().entries : QList<HistoryEntry>())
            count += entry.action == action && entry.tokenId == tokenId ? 1 : 0;
        return count;
    }

    /// A token whose revoke the sandbox refuses (503) during the rotation: the row offers Retry and Undo.
    std::unique_ptr<RotateTokensDialog> rotateWithFailedRevoke(const QString &label, AccessToken *old)
    {
        *old = serverToken({{QStringLiteral("label"), label}, {QStringLiteral("duration"), 30 * 86400}});
        if (old->id.isEmpty())
            return {};
        m_sandbox.setFault(
            QStringLiteral("503"),
            {{QStringLiteral("pathPrefix"), QString(QStringLiteral("/api/v1/user/accesstoken/") + old->id)}});
        auto dialog = openDialog({{*old, std::nullopt}});
        const bool finished = rotate(dialog.get(), QLatin1String(SandboxProcess::demoOtp));
        m_sandbox.clearFaults();
        if (!finished)
            return {};
        return dialog;
    }

    static QPushButton *finishButton(RotateTokensDialog *dialog, const char *name)
    {
        QWidget *box = child<QTableWidget>(dialog, "resultsTableWidget")->cellWidget(0, 3);
        return box ? box->findChild<QPushButton *>(QLatin1String(name)) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(inTestSession(), kNotInSession);
        QVERIFY2(m_sandbox.start({QStringLiteral("--amounts-as"), QStringLiteral("strings")}),
                 qPrintable(m_sandbox.errorString()));
        m_store = std::make_unique<KeychainSecretStore>();
        m_index = std::make_unique<TokenIndex>(m_dir.filePath(QStringLiteral("tokens.json")));
        QVERIFY(m_index->load().ok());
        m_vault = std::make_unique<Vault>(m_store.get(), m_index.get(), std::chrono::milliseconds(10000));
        m_history = std::make_unique<ActionHistory>(m_dir.filePath(QStringLiteral("history.jsonl")));
        m_templates = std::make_unique<TokenTemplates>(m_dir.filePath(QStringLiteral("templates.json")));
        m_client = std::make_unique<BitGoClient>(&m_network,
                                                 Environment::sandbox(m_sandbox.baseUrl(), m_sandbox.serverXpub()));
        const auto signedIn = waitFor<SignedInSession>(
            [this](QObject *c, Callback<SignedInSession> d) {
                m_client->login(QLatin1String(SandboxProcess::demoUsername),
                                SecretBytes(QByteArray(SandboxProcess::demoPassword)),
                                QLatin1String(SandboxProcess::demoOtp), c, std::move(d));
            },
            kDeadline);
        QVERIFY(signedIn && signedIn->ok());
    }

    void planShowsSpentAndRemainingThenEachTokenGetsAResult()
    {
        const AccessToken limited = serverToken(
            {{QStringLiteral("label"), QStringLiteral("gui-rot-limited")},
             {QStringLiteral("scope"),
              QJsonArray {QStringLiteral("wallet_view_all"), QStringLiteral("wallet_spend_all")}},
             {QStringLiteral("duration"), 30 * 86400},
             {QStringLiteral("spendingLimits"),
              QJsonArray {QJsonObject {{QStringLiteral("coin"), QStringLiteral("teth")},
                                       {QStringLiteral("txValueLimit"), QStringLiteral("100000000000000000000")}}}}});
        QVERIFY(!limited.id.isEmpty());
        int status = 0;
        m_sandbox.admin("POST", QStringLiteral("/_sandbox/spend"),
                        {{QStringLiteral("id"), limited.id},
                         {QStringLiteral("coin"), QStringLiteral("teth")},
                         {QStringLiteral("amount"), QStringLiteral("12345678901234567891")}},
                        &status);
        QCOMPARE(status, 200);
        const AccessToken plain = serverToken(
            {{QStringLiteral("label"), QStringLiteral("gui-rot-plain")}, {QStringLiteral("duration"), 7 * 86400}});
        QVERIFY(!plain.id.isEmpty());
        // The limited token as listed now, with what was spent.
        AccessToken limitedNow;
        const auto listed = waitFor<TokenList>(
            [this](QObject *c, Callback<TokenList> d) { m_client->listTokens(c, std::move(d)); }, kDeadline);
        QVERIFY(listed && listed->ok());
        for (const AccessToken &token : listed->value().tokens)
            if (token.id == limited.id)
                limitedNow = token;
        QVERIFY(!limitedNow.id.isEmpty());

        auto dialog = openDialog({{limitedNow, std::nullopt}, {plain, std::nullopt}});
        auto *plan = child<QTreeWidget>(dialog.get(), "planTreeWidget");
        QVERIFY(plan);
        QCOMPARE(plan->topLevelItemCount(), 2);
        QCOMPARE(plan->topLevelItem(0)->childCount(), 1);
        const QTreeWidgetItem *teth = plan->topLevelItem(0)->child(0);
        QCOMPARE(teth->text(3), QStringLiteral("12.345678901234567891 teth"));
        QCOMPARE(teth->text(4), QStringLiteral("87.654321098765432109 teth"));
        QVERIFY(teth->text(2).endsWith(QStringLiteral("→ 100 teth")));
        child<QCheckBox>(dialog.get(), "carryOverCheckBox")->setChecked(true);
        QVERIFY(plan->topLevelItem(0)->child(0)->text(2).endsWith(QStringLiteral("→ 87.654321098765432109 teth")));
        QVERIFY(!child<QLineEdit>(dialog.get(), "newLabelLineEdit")->isEnabled()); // several tokens keep labels

        QVERIFY(rotate(dialog.get(), QLatin1String(SandboxProcess::demoOtp)));
        auto *results = child<QTableWidget>(dialog.get(), "resultsTableWidget");
        QCOMPARE(results->rowCount(), 2);
        for (int row = 0; row < 2; ++row)
            QVERIFY2(results->item(row, 2)->text().startsWith(QStringLiteral("✓")),
                     qPrintable(results->item(row, 2)->text()));
        QVERIFY(sandboxToken(limited.id).value(QStringLiteral("revoked")).toBool());
        QVERIFY(sandboxToken(plain.id).value(QStringLiteral("revoked")).toBool());
        const QJsonObject sent = m_sandbox.admin("GET", QStringLiteral("/_sandbox/last-create"))
                                     .object()
                                     .value(QStringLiteral("body"))
                                     .toObject();
        QCOMPARE(sent.value(QStringLiteral("label")).toString(), QStringLiteral("gui-rot-plain"));
        QCOMPARE(sent.value(QStringLiteral("duration")).toInteger(), qint64(7 * 86400));

        // The history has a "rotated" line per token, old id and new id, and no secret or code.
        const Result<ActionHistory::ReadResult> history = m_history->read();
        QVERIFY(history.ok());
        int rotated = 0;
        for (const HistoryEntry &entry : history.value().entries)
            rotated += entry.action == HistoryAction::Rotated ? 1 : 0;
        QCOMPARE(rotated, 2);
        QFile file(m_history->filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains(limited.id.toLatin1()));
        QVERIFY(!bytes.contains("v2x"));
        QVERIFY(!bytes.contains(SandboxProcess::demoOtp));
    }

    void suggestedChangeIsPrefilledAndSent()
    {
        const AccessToken broad = serverToken(
            {{QStringLiteral("label"), QStringLiteral("gui-rot-fix")},
             {QStringLiteral("scope"), QJsonArray {QStringLiteral("wallet_view_all"), QStringLiteral("user_manage")}},
             {QStringLiteral("duration"), 30 * 86400}});
        QVERIFY(!broad.id.isEmpty());
        CreateTokenRequest suggested;
        suggested.scope = {QStringLiteral("wallet_view_all")};
        suggested.ipRestrict = {QStringLiteral("127.0.0.1")};
        auto dialog = openDialog({{broad, std::nullopt}}, suggested);
        QVERIFY(child<QLineEdit>(dialog.get(), "newLabelLineEdit")->isEnabled());
        QVERIFY(rotate(dialog.get(), QLatin1String(SandboxProcess::demoOtp)));
        auto *results = child<QTableWidget>(dialog.get(), "resultsTableWidget");
        QVERIFY2(results->item(0, 2)->text().startsWith(QStringLiteral("✓")), qPrintable(results->item(0, 2)->text()));
        const QJsonObject sent = m_sandbox.admin("GET", QStringLiteral("/_sandbox/last-create"))
                                     .object()
                                     .value(QStringLiteral("body"))
                                     .toObject();
        QCOMPARE(sent.value(QStringLiteral("scope")).toArray(), QJsonArray {QStringLiteral("wallet_view_all")});
        QCOMPARE(sent.value(QStringLiteral("ipRestrict")).toArray(), QJsonArray {QStringLiteral("127.0.0.1")});
        QCOMPARE(sent.value(QStringLiteral("label")).toString(), QStringLiteral("gui-rot-fix"));
    }

    void refusedCodeChangesNothingAndSaysSo()
    {
        const AccessToken old = serverToken(
            {{QStringLiteral("label"), QStringLiteral("gui-rot-refused")}, {QStringLiteral("duration"), 30 * 86400}});
        QVERIFY(!old.id.isEmpty());
        auto dialog = openDialog({{old, std::nullopt}});
        QVERIFY(rotate(dialog.get(), QStringLiteral("1234567")));
        auto *results = child<QTableWidget>(dialog.get(), "resultsTableWidget");
        QVERIFY2(results->item(0, 2)->text().contains(QStringLiteral("Nothing was changed")),
                 qPrintable(results->item(0, 2)->text()));
        QVERIFY(sandboxToken(old.id).value(QStringLiteral("live")).toBool());
    }

    void templateShapeIsOfferedAndItsLimitCappedByTheRemainingBudget()
    {
        TokenTemplate shape;
        shape.name = QStringLiteral("gui-shape");
        shape.shape.scope = {QStringLiteral("wallet_view_all"), QStringLiteral("wallet_spend_all")};
        shape.shape.ipRestrict = {QStringLiteral("127.0.0.1")};
        shape.shape.durationSeconds = 7 * 86400;
        shape.shape.spendingLimits = {
            SpendingLimit {QStringLiteral("teth"), QStringLiteral("200000000000000000000"), false}};
        QVERIFY(m_templates->save(shape).ok());
        const AccessToken created = serverToken(
            {{QStringLiteral("label"), QStringLiteral("gui-rot-template")},
             {QStringLiteral("scope"),
              QJsonArray {QStringLiteral("wallet_view_all"), QStringLiteral("wallet_spend_all")}},
             {QStringLiteral("duration"), 30 * 86400},
             {QStringLiteral("spendingLimits"),
              QJsonArray {QJsonObject {{QStringLiteral("coin"), QStringLiteral("teth")},
                                       {QStringLiteral("txValueLimit"), QStringLiteral("100000000000000000000")}}}}});
        QVERIFY(!created.id.isEmpty());
        int status = 0;
        m_sandbox.admin("POST", QStringLiteral("/_sandbox/spend"),
                        {{QStringLiteral("id"), created.id},
                         {QStringLiteral("coin"), QStringLiteral("teth")},
                         {QStringLiteral("amount"), QStringLiteral("12345678901234567891")}},
                        &status);
        QCOMPARE(status, 200);
        AccessToken old;
        const auto listed = waitFor<TokenList>(
            [this](QObject *c, Callback<TokenList> d) { m_client->listTokens(c, std::move(d)); }, kDeadline);
        QVERIFY(listed && listed->ok());
        for (const AccessToken &token : listed->value().tokens)
            if (token.id == created.id)
                old = token;

        auto dialog = openDialog({{old, std::nullopt}});
        auto *shapes = child<QComboBox>(dialog.get(), "shapeComboBox");
        QVERIFY(shapes);
        const int index = shapes->findText(QStringLiteral("gui-shape"), Qt::MatchContains);
        QVERIFY(index > 0);
        shapes->setCurrentIndex(index);
        child<QCheckBox>(dialog.get(), "carryOverCheckBox")->setChecked(true);
        const QTreeWidgetItem *item = child<QTreeWidget>(dialog.get(), "planTreeWidget")->topLevelItem(0);
        QCOMPARE(item->text(2), QStringLiteral("7 day(s)"));
        QVERIFY2(item->child(0)->text(2).endsWith(QStringLiteral("→ 87.654321098765432109 teth")),
                 qPrintable(item->child(0)->text(2)));

        QVERIFY(rotate(dialog.get(), QLatin1String(SandboxProcess::demoOtp)));
        auto *results = child<QTableWidget>(dialog.get(), "resultsTableWidget");
        QVERIFY2(results->item(0, 2)->text().startsWith(QStringLiteral("✓")), qPrintable(results->item(0, 2)->text()));
        const QJsonObject sent = m_sandbox.admin("GET", QStringLiteral("/_sandbox/last-create"))
                                     .object()
                                     .value(QStringLiteral("body"))
                                     .toObject();
        QCOMPARE(sent.value(QStringLiteral("label")).toString(), QStringLiteral("gui-rot-template"));
        QCOMPARE(sent.value(QStringLiteral("duration")).toInteger(), qint64(7 * 86400));
        QCOMPARE(sent.value(QStringLiteral("ipRestrict")).toArray(), QJsonArray {QStringLiteral("127.0.0.1")});
        const QJsonObject limit = sent.value(QStringLiteral("spendingLimits")).toArray().first().toObject();
        QCOMPARE(limit.value(QStringLiteral("txValueLimit")).toString(), QStringLiteral("87654321098765432109"));
    }

    void failedRevokeOfTheOldOffersRetryWhichFinishesTheRotation()
    {
        AccessToken old;
        auto dialog = rotateWithFailedRevoke(QStringLiteral("gui-rot-retry"), &old);
        QVERIFY(dialog);
        auto *results = child<QTableWidget>(dialog.get(), "resultsTableWidget");
        QVERIFY2(results->item(0, 2)->text().startsWith(QStringLiteral("✗")), qPrintable(results->item(0, 2)->text()));
        QVERIFY(sandboxToken(old.id).value(QStringLiteral("live")).toBool());
        QPushButton *retry = finishButton(dialog.get(), "retryButton");
        QVERIFY(retry && retry->isVisible());
        QVERIFY(finishButton(dialog.get(), "undoButton"));
        QCOMPARE(historyLines(HistoryAction::Rotated, old.id), 0);

        QSignalSpy finished(dialog.get(), &RotateTokensDialog::rotationsFinished);
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(results->item(0, 2)->text().startsWith(QStringLiteral("Retrying"))); // visible while it waits
        QVERIFY(!child<QPushButton>(dialog.get(), "rotateButton")->isEnabled());     // not closed half-way
        QVERIFY(finished.wait(kDeadline) || finished.count() == 1);
        QVERIFY2(results->item(0, 2)->text().startsWith(QStringLiteral("✓")), qPrintable(results->item(0, 2)->text()));
        QVERIFY(sandboxToken(old.id).value(QStringLiteral("revoked")).toBool());
        QCOMPARE(historyLines(HistoryAction::Rotated, old.id), 1);
        QTRY_VERIFY(finishButton(dialog.get(), "retryButton") == nullptr);
        QVERIFY(child<QPushButton>(dialog.get(), "rotateButton")->isEnabled()); // Close
    }

    void failedRevokeOfTheOldCanBeUndoneKeepingTheOldToken()
    {
        AccessToken old;
        auto dialog = rotateWithFailedRevoke(QStringLiteral("gui-rot-undo"), &old);
        QVERIFY(dialog);
        QPushButton *undo = finishButton(dialog.get(), "undoButton");
        QVERIFY(undo);
        QSignalSpy finished(dialog.get(), &RotateTokensDialog::rotationsFinished);
        QTest::mouseClick(undo, Qt::LeftButton);
        QVERIFY(finished.wait(kDeadline) || finished.count() == 1);
        auto *results = child<QTableWidget>(dialog.get(), "resultsTableWidget");
        QVERIFY2(results->item(0, 2)->text().contains(QStringLiteral("undone")),
                 qPrintable(results->item(0, 2)->text()));
        QVERIFY(sandboxToken(old.id).value(QStringLiteral("live")).toBool());
        // The new token: revoked on the server, gone from the index, and a "revoked" history line names it.
        QString newId;
        const QJsonArray tokens = m_sandbox.admin("GET", QStringLiteral("/_sandbox/state"))
                                      .object()
                                      .value(QStringLiteral("tokens"))
                                      .toArray();
        for (const QJsonValue &value : tokens) {
            const QJsonObject token = value.toObject();
            if (token.value(QStringLiteral("label")).toString() == QStringLiteral("gui-rot-undo")
                && token.value(QStringLiteral("id")).toString() != old.id)
                newId = token.value(QStringLiteral("id")).toString();
        }
        QVERIFY(!newId.isEmpty());
        QVERIFY(sandboxToken(newId).value(QStringLiteral("revoked")).toBool());
        for (const StoredToken &stored : m_vault->tokens(m_client->environment().id, m_client->session().user.id))
            QVERIFY(stored.tokenId != newId);
        QCOMPARE(historyLines(HistoryAction::Revoked, newId), 1);
        QCOMPARE(historyLines(HistoryAction::Rotated, old.id), 0);
        QTRY_VERIFY(finishButton(dialog.get(), "undoButton") == nullptr);
    }

    void retryWithoutAnAnswerTimesOutAndOffersCloseThenShowsTheLateAnswer()
    {
        AccessToken old;
        auto dialog = rotateWithFailedRevoke(QStringLiteral("gui-rot-slow"), &old);
        QVERIFY(dialog);
        dialog->setActionTimeout(std::chrono::milliseconds(200));
        QVERIFY(m_sandbox.setFault(
            QStringLiteral("latency"),
            {{QStringLiteral("pathPrefix"), QString(QStringLiteral("/api/v1/user/accesstoken/") + old.id)},
             {QStringLiteral("latencyMs"), 3000}}));
        QSignalSpy finished(dialog.get(), &RotateTokensDialog::rotationsFinished);
        QTest::mouseClick(finishButton(dialog.get(), "retryButton"), Qt::LeftButton);
        auto *results = child<QTableWidget>(dialog.get(), "resultsTableWidget");
        QTRY_VERIFY_WITH_TIMEOUT(results->item(0, 2)->text().contains(QStringLiteral("No answer")), kDeadline);
        QVERIFY(child<QPushButton>(dialog.get(), "rotateButton")->isEnabled()); // the way out
        QVERIFY(finished.wait(kDeadline) || finished.count() == 1);
        m_sandbox.clearFaults();
        QVERIFY2(results->item(0, 2)->text().startsWith(QStringLiteral("✓")), qPrintable(results->item(0, 2)->text()));
        QVERIFY(sandboxToken(old.id).value(QStringLiteral("revoked")).toBool());
    }

    void cleanupTestCase() { m_sandbox.stop(); }
};

QTEST_MAIN(TestRotateTokensDialog)
#include "TestRotateTokensDialog.moc"
