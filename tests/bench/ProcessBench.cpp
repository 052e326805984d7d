// bgtm_bench_proc: whole-process figures for scripts/bench.sh. Not a test: it prints a table and never judges time.
//
//   bgtm_bench_proc --title T --runs N [--shown] [--compare A,B]… 'label::/path/prog arg…' 'label::…' …
//
// Every variant runs N times (plus one discarded warm-up each), interleaved round-robin with the order rotated per
// round, because this machine's speed drifts by tens of percent between minutes: both sides of a ratio must see the
// same minutes. The first variant is the reference every ratio is taken against; --compare A,B adds a line with
// the ratio of B's medians to A's (e.g. SDK script / CLI).
//  - default: wall time from fork() to the child's exit (wait4), its peak RSS and user+system CPU (rusage).
//  - --shown: the child gets BGTM_BENCH_SHOWN_FD=<fd of a pipe>; time is fork() → the first line on that pipe
//    (the program writes it when its main window is first painted), RSS is VmRSS read at that moment; the child is
//    then sent SIGTERM. A child that never reports within the deadline counts as a failure.
// The child's stdout goes to /dev/null (it may print token ids); stderr is kept and shown only when a run fails.
// Arguments are split on spaces (no quoting): the harness controls every path.
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

constexpr int kShownDeadlineMs = 30000; // a GUI that has not painted after 30 s is broken, not slow
constexpr int kExitDeadlineMs = 60000;

struct Variant {
    std::string label;
    std::vector<std::string> argv;
    std::vector<double> ms, rssKb, cpuMs;
    int failures = 0;
};

struct Sample {
    bool ok = false;
    double ms = 0, rssKb = 0, cpuMs = 0;
};

double nowMs()
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

long vmRssKb(pid_t pid)
{
    const std::string path = "/proc/" + std::to_string(pid) + "/status";
    FILE *f = std::fopen(path.c_str(), "r");
    if (!f)
        return -1;
    char line[256];
    long kb = -1;
    while (std::fgets(line, sizeof line, f)) {
        if (std::strncmp(line, "VmRSS:", 6) == 0) {
            kb = std::strtol(line + 6, nullptr, 10);
            break;
        }
    }
    std::fclose(f);
    return kb;
}

void showStderr(const Variant &v, int errFd)
{
    std::fprintf(stderr, "bgtm_bench_proc: run of '%s' failed; its stderr follows\n", v.label.c_str());
    lseek(errFd, 0, SEEK_SET);
    char buf[4096];
    ssize_t n;
    while ((n = read(errFd, buf, sizeof buf)) > 0)
        (void)!write(2, buf, static_cast<size_t>(n));
}

Sample runOnce(const Variant &v, bool shown)
{
    Sample s;
    char errPath[] = "/tmp/bgtm-bench-stderr-XXXXXX";
    const int errFd = mkstemp(errPath);
    if (errFd < 0)
        return s;
    unlink(errPath);
    int pipeFds[2] = {-1, -1};
    if (shown && pipe(pipeFds) != 0) {
        close(errFd);
        return s;
    }
    const double start = nowMs();
    const pid_t pid = fork();
    if (pid == 0) {
        setpgid(0, 0); // its own group: a wrapper (strace) and the program it runs stop together
        const int devnull = open("/dev/null", O_RDWR);
        dup2(devnull, 0);
        dup2(devnull, 1);
        dup2(errFd, 2);
        if (shown) {
            close(pipeFds[0]);
            // The forked child has one thread and execs next: setenv's thread-unsafety cannot bite here.
            setenv("BGTM_BENCH_SHOWN_FD", std::to_string(pipeFds[1]).c_str(), 1); // NOLINT(concurrency-mt-unsafe)
        }
        std::vector<char *> args;
        for (const std::string &a : v.argv)
            args.push_back(const_cast<char *>(a.c_str()));
        args.push_back(nullptr);
        execv(args[0], args.data());
        _exit(127);
    }
    if (pid < 0) {
        close(errFd);
        return s;
    }
    int status = 0;
    rusage usage {};
    if (shown) {
        close(pipeFds[1]);
        pollfd p {pipeFds[0], POLLIN, 0};
        const int ready = poll(&p, 1, kShownDeadlineMs);
        char c = 0;
        const bool line = ready == 1 && read(pipeFds[0], &c, 1) == 1;
        s.ms = nowMs() - start;
        s.rssKb = static_cast<double>(vmRssKb(pid));
        close(pipeFds[0]);
        // Stop the whole group, politely first; anything still there after 5 s is killed.
        kill(-pid, SIGTERM);
        pid_t done = 0;
        const double stopAt = nowMs();
        while ((done = wait4(pid, &status, WNOHANG, &usage)) == 0 && nowMs() - stopAt < 5000)
            usleep(1000);
        kill(-pid, SIGKILL);
        if (done == 0)
            wait4(pid, &status, 0, &usage);
        s.ok = line && s.rssKb > 0;
    } else {
        // Deadline: poll wait4 with WNOHANG so a hung child cannot hang the harness.
        pid_t done = 0;
        while ((done = wait4(pid, &status, WNOHANG, &usage)) == 0 && nowMs() - start < kExitDeadlineMs)
            usleep(200);
        s.ms = nowMs() - start;
        if (done == 0) {
            kill(-pid, SIGKILL);
            wait4(pid, &status, 0, &usage);
        }
        s.ok = done == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0;
        s.rssKb = static_cast<double>(usage.ru_maxrss);
    }
    s.cpuMs = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
        + static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
    if (!s.ok)
        showStderr(v, errFd);
    close(errFd);
    return s;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

std::string summary(const std::vector<double> &v, const char *unit, double scale)
{
    if (v.empty())
        return "-";
    char buf[96];
    std::snprintf(buf, sizeof buf, "%.1f (%.1f–%.1f) %s", median(v) / scale,
                  *std::min_element(v.begin(), v.end()) / scale, *std::max_element(v.begin(), v.end()) / scale, unit);
    return buf;
}

} // namespace

int main(int argc, char **argv)
{
    std::string title = "benchmark";
    int runs = 10;
    bool shown = false;
    std::vector<Variant> variants;
    std::vector<std::pair<std::string, std::string>> compares;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--title" && i + 1 < argc) {
            title = argv[++i];
        } else if (a == "--runs" && i + 1 < argc) {
            runs = static_cast<int>(std::strtol(argv[++i], nullptr, 10));
        } else if (a == "--compare" && i + 1 < argc) {
            const std::string pair = argv[++i];
            const size_t comma = pair.find(',');
            if (comma == std::string::npos) {
                std::fprintf(stderr, "bgtm_bench_proc: --compare wants A,B\n");
                return 2;
            }
            compares.emplace_back(pair.substr(0, comma), pair.substr(comma + 1));
        } else if (a == "--shown") {
            shown = true;
        } else if (const size_t sep = a.find("::"); sep != std::string::npos) {
            Variant v;
            v.label = a.substr(0, sep);
            std::istringstream words(a.substr(sep + 2));
            for (std::string w; words >> w;)
                v.argv.push_back(w);
            if (v.argv.empty() || access(v.argv[0].c_str(), X_OK) != 0) {
                std::fprintf(stderr, "bgtm_bench_proc: '%s' is not an executable path\n", a.c_str());
                return 2;
            }
            variants.push_back(std::move(v));
        } else {
            std::fprintf(stderr, "usage: bgtm_bench_proc --title T --runs N [--shown] 'label::/abs/prog args' …\n");
            return 2;
        }
    }
    if (variants.empty() || runs < 1) {
        std::fprintf(stderr, "bgtm_bench_proc: need at least one variant and --runs >= 1\n");
        return 2;
    }
    for (Variant &v : variants)
        (void)runOnce(v, shown); // warm-up: page cache, font cache
    for (int r = 0; r < runs; ++r) {
        for (size_t k = 0; k < variants.size(); ++k) {
            Variant &v = variants[(k + static_cast<size_t>(r)) % variants.size()];
            const Sample s = runOnce(v, shown);
            if (!s.ok) {
                ++v.failures;
                continue;
            }
            v.ms.push_back(s.ms);
            v.rssKb.push_back(s.rssKb);
            v.cpuMs.push_back(s.cpuMs);
        }
    }
    const Variant &ref = variants.front();
    std::printf("\n### %s (%d runs each, interleaved; median (min–max); ratio = median / median of '%s')\n\n",
                title.c_str(), runs, ref.label.c_str());
    std::printf("| variant | %s | ratio | %s | ratio | CPU user+sys | failed runs |\n",
                shown ? "start → window shown" : "wall time", shown ? "RSS when shown" : "peak RSS");
    std::printf("|---|---|---|---|---|---|---|\n");
    int failed = 0;
    for (const Variant &v : variants) {
        failed += v.failures;
        const double rt = median(ref.ms) > 0 ? median(v.ms) / median(ref.ms) : 0;
        const double rm = median(ref.rssKb) > 0 ? median(v.rssKb) / median(ref.rssKb) : 0;
        std::printf("| %s | %s | %.2f× | %s | %.2f× | %s | %d |\n", v.label.c_str(), summary(v.ms, "ms", 1).c_str(), rt,
                    summary(v.rssKb, "MiB", 1024).c_str(), rm, summary(v.cpuMs, "ms", 1).c_str(), v.failures);
    }
    const auto find = [&](const std::string &label) -> const Variant * {
        for (const Variant &v : variants)
            if (v.label == label)
                return &v;
        return nullptr;
    };
    for (const auto &[a, b] : compares) {
        const Variant *va = find(a);
        const Variant *vb = find(b);
        if (!va || !vb || va->ms.empty() || vb->ms.empty())
            continue;
        std::printf("\n'%s' / '%s': time %.1f×, memory %.1f×", b.c_str(), a.c_str(), median(vb->ms) / median(va->ms),
                    median(vb->rssKb) / median(va->rssKb));
    }
    if (!compares.empty())
        std::printf("\n");
    std::fflush(stdout);
    return failed == 0 ? 0 : 1;
}
