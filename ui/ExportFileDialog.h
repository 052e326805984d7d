#pragma once

#include "vault/TokenExport.h"

#include <QFileDialog>

namespace bgtm {

/// "Export token": where to write it and in which format, in one dialog. The format is the file type filter
/// (token only, .env line, shell export line); the name is suggested from the token's label and the format, in
/// `directory`. A file that exists already is refused here, while another name can still be typed: an export never
/// replaces a file. Qt's own dialog, not the desktop's, so that the refusal happens inside it.
class ExportFileDialog : public QFileDialog
{
    Q_OBJECT
public:
    ExportFileDialog(QWidget *parent, const QString &tokenLabel, const QString &directory);

    /// The file name suggested for a token label in a format: the label's letters, digits, '-' and '_' (others
    /// become '-'), and the format's extension.
    [[nodiscard]] static QString suggestedName(const QString &tokenLabel, TokenExport::Format format);
    [[nodiscard]] TokenExport::Format format() const;

    /// Refuses a file that exists (a message, and the dialog stays open); anything else as QFileDialog does.
    void accept() override;

Q_SIGNALS:
    /// A new file was chosen, in `format`.
    void chosen(const QString &path, bgtm::TokenExport::Format format);

private:
    QString m_label;
    QStringList m_filters; ///< in TokenExport::Format order
};

} // namespace bgtm
