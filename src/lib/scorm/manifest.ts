/**
 * imsmanifest.xml for one package: one organization with one item, one SCO resource that
 * lists every file of the package. Title and description in the package's language (inline
 * LOM metadata). No mastery score in 1.2 and no sequencing rules in 2004: the course sets
 * its own status (see report.ts), so the LMS has nothing to override.
 * Used by the packaging script under Node: no value imports.
 */
import type { ScormVersion } from './find-api';

export interface ManifestInput {
  version: ScormVersion;
  identifier: string;
  /** BCP 47 tag of the package's language, e.g. `zh-CN`. */
  lang: string;
  title: string;
  description: string;
  /** Package-relative path of the launch page. */
  launch: string;
  /** Every file in the package except the manifest itself, package-relative. */
  files: readonly string[];
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** File hrefs are URIs: encode what a URI cannot hold, keep the slashes. */
const fileHref = (path: string) => escapeXml(encodeURI(path));

export function buildManifest(input: ManifestInput): string {
  const title = escapeXml(input.title);
  const description = escapeXml(input.description);
  const lang = escapeXml(input.lang);
  const files = input.files.map((file) => `      <file href="${fileHref(file)}"/>`).join('\n');
  const id = escapeXml(input.identifier);
  if (input.version === '1.2') {
    return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
    <imsmd:lom>
      <imsmd:general>
        <imsmd:title><imsmd:langstring xml:lang="${lang}">${title}</imsmd:langstring></imsmd:title>
        <imsmd:language>${lang}</imsmd:language>
        <imsmd:description><imsmd:langstring xml:lang="${lang}">${description}</imsmd:langstring></imsmd:description>
      </imsmd:general>
    </imsmd:lom>
  </metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>${title}</title>
      <item identifier="item" identifierref="sco" isvisible="true">
        <title>${title}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="${fileHref(input.launch)}">
${files}
    </resource>
  </resources>
</manifest>
`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:lom="http://ltsc.ieee.org/xsd/LOM"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://ltsc.ieee.org/xsd/LOM lom.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
    <lom:lom>
      <lom:general>
        <lom:title><lom:string language="${lang}">${title}</lom:string></lom:title>
        <lom:language>${lang}</lom:language>
        <lom:description><lom:string language="${lang}">${description}</lom:string></lom:description>
      </lom:general>
    </lom:lom>
  </metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>${title}</title>
      <item identifier="item" identifierref="sco" isvisible="true">
        <title>${title}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormType="sco" href="${fileHref(input.launch)}">
${files}
    </resource>
  </resources>
</manifest>
`;
}
