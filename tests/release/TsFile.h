#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace bgtm::test {

/// One message of a Qt Linguist .ts file, as the tests need it.
struct TsMessage {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString translationType;  // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one entry, or one per plural form

    /// What identifies a message for lupdate: context, source text, disambiguation comment, plural or not.
    [[nodiscard]] QString key() const;
};

/// Reads a .ts file; an unreadable or malformed file gives `error` and no messages.
struct TsFile {
    QString language;
    QList<TsMessage> messages;
    QString error;

    [[nodiscard]] static TsFile read(const QString &path);
};

} // namespace bgtm::test
