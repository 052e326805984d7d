#pragma once

#include "model/CreateTokenRequest.h"
#include "model/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace bgtm {

/// A token's shape under a name: scopes, spending limits, IP rules, lifetime, enterprise, admin. Never a label,
/// an OTP or a secret: `shape` always has them empty.
struct TokenTemplate {
    QString name;
    CreateTokenRequest shape;
    friend bool operator==(const TokenTemplate &, const TokenTemplate &) = default;

    /// The shape of `request` (label and one-time code dropped) under `name`.
    [[nodiscard]] static TokenTemplate fromRequest(const QString &name, const CreateTokenRequest &request);
    /// A create request with this shape and `label` (the caller adds the one-time code).
    [[nodiscard]] CreateTokenRequest toRequest(const QString &label) const;
};

/// The user's templates: a versioned JSON file in the app's data directory, mode 0600, every change
/// written atomically (QSaveFile). The same JSON format is used to share templates as files (export / import).
/// Each call reads the file afresh, so the GUI and the CLI see each other's changes; two writers at the same
/// instant can lose one change, never corrupt the file.
class TokenTemplates
{
public:
    static constexpr int kVersion = 1;

    explicit TokenTemplates(QString filePath);

    /// `<AppDataLocation>/templates.json`, next to the token index.
    [[nodiscard]] static QString defaultPath();
    [[nodiscard]] QString filePath() const { return m_filePath; }

    /// Sorted by name. A missing file is no templates; a damaged or too new one is an Io error (never overwritten).
    [[nodiscard]] Result<QList<TokenTemplate>> list() const;
    /// NotFound when there is no template by that name.
    [[nodiscard]] Result<TokenTemplate> find(const QString &name) const;
    /// Adds, or replaces the template of the same name. Validation error for an empty name.
    Status save(const TokenTemplate &tokenTemplate);
    /// NotFound when there is no template by that name.
    Status remove(const QString &name);

    /// Writes `names` (all when empty) to `path` in the shared file format. NotFound for an unknown name.
    Status exportTo(const QString &path, const QStringList &names = {}) const;
    /// Reads a file written by exportTo and saves every template in it (same name: replaced). Returns their names.
    Result<QStringList> importFrom(const QString &path);

    /// The file format, for export, import and tests.
    [[nodiscard]] static QByteArray toJson(const QList<TokenTemplate> &templates);
    [[nodiscard]] static Result<QList<TokenTemplate>> fromJson(const QByteArray &json);

private:
    Status write(const QString &path, const QList<TokenTemplate> &templates) const;

    QString m_filePath;
};

} // namespace bgtm
