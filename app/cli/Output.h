#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace bgtm::cli {

/// Writes results to stdout and messages to stderr. Tables are aligned by display width; no colour, ever,
/// so piped output is plain text.
class Output
{
public:
    explicit Output(bool json) : m_json(json) { }

    [[nodiscard]] bool json() const { return m_json; }
    /// A line on stdout (human mode).
    void line(const QString &text) const;
    /// Aligned columns with a header row; the last column is not padded.
    void table(const QStringList &headers, const QList<QStringList> &rows) const;
    /// The --json document on stdout, indented, one trailing newline.
    void document(const QJsonValue &value) const;
    /// A warning or error for people, on stderr.
    static void message(const QString &text);
    /// Raw bytes on stdout (an exported token), flushed at once.
    static void raw(const QByteArray &bytes);

private:
    bool m_json;
};

/// For a create (or a rotation's create) whose POST went out unanswered: the token may exist, and where it will show.
[[nodiscard]] QString mayHaveBeenCreatedNote();
/// For tokens of the new token's shape, found after Qt resent the POST, that are not certainly ours: not revoked.
[[nodiscard]] QString surplusCandidatesNote(const QStringList &ids);

} // namespace bgtm::cli
