#include "Output.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

namespace bgtm::cli {

namespace {

void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void Output::line(const QString &text) const
{
    write(stdout, text + QLatin1Char('\n'));
}

void Output::table(const QStringList &headers, const QList<QStringList> &rows) const
{
    QList<qsizetype> widths(headers.size(), 0);
    auto measure = [&widths](const QStringList &row) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    };
    measure(headers);
    for (const QStringList &row : rows)
        measure(row);
    auto format = [&widths](const QStringList &row) {
        QString text;
        for (qsizetype i = 0; i < row.size(); ++i) {
            const bool last = i + 1 == row.size();
            text += last ? row.at(i) : row.at(i).leftJustified(widths.at(i)) + QStringLiteral("  ");
        }
        return text;
    };
    line(format(headers));
    for (const QStringList &row : rows)
        line(format(row));
}

void Output::document(const QJsonValue &value) const
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    write(stdout, QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

void Output::message(const QString &text)
{
    write(stderr, text + QLatin1Char('\n'));
}

void Output::raw(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

QString mayHaveBeenCreatedNote()
{
    return QCoreApplication::translate(
        "bgtm::cli::Output",
        "The request went out but no trustworthy answer came back, so the server may have made the token. It is "
        "kept on this machine as a pending creation: the next \"tokens list\" settles it, and shows a token of "
        "this shape that nobody here holds as flagged for revocation.");
}

QString surplusCandidatesNote(const QStringList &ids)
{
    return QCoreApplication::translate("bgtm::cli::Output",
                                       "warning: the request was sent more than once, and these tokens look like "
                                       "the new one but may be someone else's; nothing was revoked. Check them and "
                                       "revoke what is yours: %1")
        .arg(ids.join(QStringLiteral(", ")));
}

} // namespace bgtm::cli
