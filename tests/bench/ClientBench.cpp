// bgtm_bench_client: the client's own cost per call, with the server's time taken out. BitGoClient (the code the
// CLI and the app use) talks to the real bitgo-sandbox process over loopback; per call we record wall time, this
// process's CPU (getrusage, all threads) and the sandbox's CPU (its threads' schedstat run time), and print
// wall − server CPU. Not a test: nothing is judged; a failed call fails the run (exit 1). Secrets are never printed.
#include "BenchStats.h"
#include "SandboxProcess.h"
#include "net/BitGoClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>

#include <sys/resource.h>

#include <cstdio>
#include <optional>
#include <utility>

using namespace bgtm;

namespace {

double selfCpuMs()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000.0
        + static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000.0;
}

// Run time of every thread of `pid` in ms (schedstat: nanoseconds on CPU), −1 when unavailable.
double processCpuMs(qint64 pid)
{
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    double ns = 0;
    bool any = false;
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile f(tasks.filePath(tid + QStringLiteral("/schedstat")));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        ns += f.readAll().split(' ').value(0).toDouble();
        any = true;
    }
    return any ? ns / 1e6 : -1;
}

template <typename T, typename Start>
std::optional<Result<T>> await(Start start)
{
    std::optional<Result<T>> result;
    QEventLoop loop;
    start([&](Result<T> r) {
        result = std::move(r);
        loop.quit();
    });
    if (!result)
        loop.exec(); // the client's own transfer timeout and total deadline bound this
    return result;
}

struct Figures {
    bench::Series wall, clientCpu, serverCpu, wallMinusServer;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int calls = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 40;
    test::SandboxProcess sandbox;
    if (!sandbox.start()) {
        std::fprintf(stderr, "sandbox did not start: %s\n", qPrintable(sandbox.errorString()));
        return 1;
    }
    // Twenty tokens in the list, like a busy account; the one we use may manage tokens.
    for (int i = 0; i < 20; ++i)
        sandbox.createTokenDirect({{QStringLiteral("label"), QStringLiteral("bench-%1").arg(i)}});
    const QByteArray token = sandbox.createTokenDirect({{QStringLiteral("label"), QStringLiteral("bench-client")},
                                                        {QStringLiteral("scope"), QJsonArray {QStringLiteral("all")}}});
    if (token.isEmpty()) {
        std::fprintf(stderr, "could not create a token through the sandbox's admin route\n");
        return 1;
    }
    QNetworkAccessManager network;
    BitGoClient client(&network, Environment::sandbox(sandbox.baseUrl(), sandbox.serverXpub()));
    auto signedIn = await<SignedInSession>(
        [&](Callback<SignedInSession> done) { client.signInWithToken(SecretBytes(token), &app, std::move(done)); });
    if (!signedIn || !signedIn->ok()) {
        std::fprintf(stderr, "sign-in with the bench token failed: %s\n",
                     signedIn ? qPrintable(signedIn->error().message) : "no answer");
        return 1;
    }

    const qint64 serverPid = sandbox.pid();
    const auto measure = [&](const char *name, const std::function<bool()> &call) -> std::optional<Figures> {
        for (int i = 0; i < 3; ++i) // warm-up: connection, TLS-free keep-alive, caches
            if (!call())
                return std::nullopt;
        Figures f;
        for (int i = 0; i < calls; ++i) {
            const double server0 = processCpuMs(serverPid);
            const double cpu0 = selfCpuMs();
            QElapsedTimer t;
            t.start();
            if (!call()) {
                std::fprintf(stderr, "%s failed\n", name);
                return std::nullopt;
            }
            const double wall = static_cast<double>(t.nsecsElapsed()) / 1e6;
            const double server = processCpuMs(serverPid) - server0;
            f.wall.add(wall);
            f.clientCpu.add(selfCpuMs() - cpu0);
            f.serverCpu.add(server);
            f.wallMinusServer.add(wall - server);
        }
        return f;
    };

    const auto list = measure("tokens list", [&] {
        auto r = await<TokenList>([&](Callback<TokenList> done) { client.listTokens(&app, std::move(done)); });
        return r && r->ok() && r->value().tokens.size() >= 21;
    });
    int serial = 0;
    const auto create = measure("tokens create", [&] {
        CreateTokenRequest request;
        request.label = QStringLiteral("bench-created-%1").arg(++serial);
        request.otp = QStringLiteral("0000000"); // the test environments' fixed OTP (protocol doc §1)
        request.scope = {QStringLiteral("wallet_view_all")};
        request.durationSeconds = 3600;
        auto r = await<CreatedToken>(
            [&](Callback<CreatedToken> done) { client.createToken(request, &app, std::move(done)); });
        return r && r->ok() && !r->value().secret.isEmpty();
    });
    const auto session = measure("session", [&] {
        auto r = await<SessionInfo>([&](Callback<SessionInfo> done) { client.sessionInfo(&app, std::move(done)); });
        return r && r->ok();
    });
    if (!list || !create || !session)
        return 1;
    std::printf("\n## Client cost per call: BitGoClient → bitgo-sandbox over loopback HTTP (%d calls each; ms: median "
                "(min–max))\n\n",
                calls);
    std::printf("| call | wall | client CPU (this process) | server CPU (sandbox) | wall − server CPU "
                "|\n|---|---|---|---|---|\n");
    const auto print = [](const char *name, const Figures &f) {
        std::printf("| %s | %s | %s | %s | %s |\n", name, f.wall.text().constData(), f.clientCpu.text().constData(),
                    f.serverCpu.text().constData(), f.wallMinusServer.text().constData());
    };
    print("session (GET /api/v1/user/session)", *session);
    print("tokens list (GET /api/v1/user/accesstoken, 21+ tokens)", *list);
    print("tokens create (one POST /api/v1/user/accesstoken)", *create);
    return 0;
}
