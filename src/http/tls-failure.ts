// Which certificate check failed, in words, and the advice that fits it: --ca-file helps only when the issuer is
// unknown and no CA file was given; an expired certificate or one for another host name needs a fix on the server
// (or the right host name), whatever CA file is passed.

export interface TlsFailure {
  /** Appended to the error code: "(CERT_HAS_EXPIRED): the server's certificate has expired". */
  detail: string;
  hint: string;
}

const UNKNOWN_ISSUER = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
]);

const INSECURE = '--insecure skips every check, at the risk of interception';

export function isTlsFailureCode(code: string | undefined): boolean {
  return Boolean(code && (UNKNOWN_ISSUER.has(code) || /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|DEPTH_ZERO/.test(code)));
}

/** `certificate` is the peer certificate Node attaches to a host name mismatch (its subjectaltname names the hosts). */
export function describeTlsFailure(code: string, options: { host: string; caFile?: string; certificateNames?: string }): TlsFailure {
  if (code === 'CERT_HAS_EXPIRED') {
    return { detail: "the server's certificate has expired", hint: `the server must renew its certificate; a CA file cannot help (${INSECURE})` };
  }
  if (code === 'CERT_NOT_YET_VALID') {
    return { detail: "the server's certificate is not valid yet", hint: `check this computer's clock, or the server's certificate (${INSECURE})` };
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    const names = options.certificateNames ? `; it names ${options.certificateNames}` : '';
    return {
      detail: `the server's certificate is not for ${options.host}${names}`,
      hint: 'use in --server the host name the certificate names; a CA file cannot help',
    };
  }
  if (UNKNOWN_ISSUER.has(code)) {
    if (options.caFile) {
      return {
        detail: `the server's certificate is not signed by the CA in ${options.caFile}`,
        hint: `check that ${options.caFile} holds the CA (or intermediate) that signed the server's certificate`,
      };
    }
    return { detail: "the server's certificate is signed by an unknown authority", hint: "pass --ca-file with the server's CA certificate (or --insecure to skip verification)" };
  }
  return { detail: 'the server\'s certificate failed verification', hint: `check the server's certificate (${INSECURE})` };
}
