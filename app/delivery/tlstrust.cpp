#include "delivery/tlstrust.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace qad {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qad::TlsTrust)
};
} // namespace

Status trustExtraCertificates(const QString &pemFile)
{
    QFile file(pemFile);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error { Tr::tr("Cannot read the certificate authorities in \"%1\" (%2): %3. Point %4 to a "
                              "readable PEM file, or unset it.")
                           .arg(pemFile, QString::fromLatin1(kCaCertificatesVariable), file.errorString(),
                               QString::fromLatin1(kCaCertificatesVariable)) };
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        return Error { Tr::tr("\"%1\" holds no PEM certificate (a block starting with \"-----BEGIN "
                              "CERTIFICATE-----\"). Point %2 to the PEM file of the certificate authority to "
                              "trust, or unset it.")
                           .arg(pemFile, QString::fromLatin1(kCaCertificatesVariable)) };
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(certificates);
    QSslConfiguration::setDefaultConfiguration(configuration);
    return {};
}

Status trustCertificatesFromEnvironment()
{
    const QString pemFile = qEnvironmentVariable(kCaCertificatesVariable);
    if (pemFile.isEmpty()) {
        return {};
    }
    return trustExtraCertificates(pemFile);
}

} // namespace qad
