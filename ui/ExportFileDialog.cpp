#include "ExportFileDialog.h"

#include "MessageBox.h"

#include <QFileInfo>

namespace bgtm {

namespace {

QString extensionOf(TokenExport::Format format)
{
    switch (format) {
    case TokenExport::Format::Raw:
        return QStringLiteral("token");
    case TokenExport::Format::DotEnv:
        return QStringLiteral("env");
    case TokenExport::Format::Shell:
        return QStringLiteral("sh");
    }
    return QStringLiteral("token");
}

} // namespace

ExportFileDialog::ExportFileDialog(QWidget *parent, const QString &tokenLabel, const QString &directory)
    : QFileDialog(parent, tr("Export token to a new file"), directory),
      m_label(tokenLabel),
      m_filters(
          {tr("Token only (*.token)"), tr(".env line, BITGO_ACCESS_TOKEN=… (*.env)"), tr("Shell export line (*.sh)")})
{
    setObjectName(QStringLiteral("exportFileDialog"));
    setAcceptMode(QFileDialog::AcceptSave);
    setFileMode(QFileDialog::AnyFile);
    // Existing files are refused in accept(), not offered for replacing.
    setOptions(QFileDialog::DontUseNativeDialog | QFileDialog::DontConfirmOverwrite);
    setNameFilters(m_filters);
    selectNameFilter(m_filters.at(int(TokenExport::Format::DotEnv)));
    selectFile(suggestedName(m_label, TokenExport::Format::DotEnv));
    connect(this, &QFileDialog::fileSelected, this, [this](const QString &path) { Q_EMIT chosen(path, format()); });
    connect(this, &QFileDialog::filterSelected, this, [this] {
        // A name the user did not change follows the format; one they typed stays theirs.
        const QString typed = selectedFiles().value(0);
        const QString base = QFileInfo(typed).fileName();
        for (int f = 0; f < m_filters.size(); ++f) {
            if (base == suggestedName(m_label, static_cast<TokenExport::Format>(f))) {
                selectFile(suggestedName(m_label, format()));
                return;
            }
        }
    });
}

QString ExportFileDialog::suggestedName(const QString &tokenLabel, TokenExport::Format format)
{
    QString base;
    const QString label = tokenLabel.trimmed();
    for (const QChar c : label)
        base.append(c.isLetterOrNumber() || c == u'-' || c == u'_' ? c : QChar(u'-'));
    while (base.contains(QStringLiteral("--")))
        base.replace(QStringLiteral("--"), QStringLiteral("-"));
    base = base.isEmpty() || base == QLatin1String("-") ? QStringLiteral("bitgo-token") : base;
    return base + u'.' + extensionOf(format);
}

TokenExport::Format ExportFileDialog::format() const
{
    const qsizetype i = m_filters.indexOf(selectedNameFilter());
    return i < 0 ? TokenExport::Format::DotEnv : static_cast<TokenExport::Format>(i);
}

void ExportFileDialog::accept()
{
    const QString path = selectedFiles().value(0);
    if (path.isEmpty())
        return;
    const QFileInfo file(path);
    if (file.exists() || file.isSymLink()) {
        if (file.isDir()) {
            QFileDialog::accept(); // opens the folder, as the dialog does
            return;
        }
        MessageBox::warning(
            this, tr("File exists"),
            tr("“%1” exists already. An export never replaces a file: choose another name.").arg(file.fileName()));
        return;
    }
    QFileDialog::accept();
}

} // namespace bgtm
