/**
 * The agreement a tracker in SharePoint/OneDrive names in its `Aftale` sheet: a bundled one, or
 * a .json file in the tracker's own drive folder, read through Graph like the workbook itself.
 * Never a file on the bot's machine: in Graph mode no cell can make the bot open a local path.
 */
import { agreementFileProblem, agreementFromJson } from "../../../files/agreement-file";
import { type Agreement, agreementReference, type LocalizedText, WORKBOOK_FILE_LIMITS } from "../../../shared/index";
import { type GraphApi, GraphRequestError } from "./graph-api";

export type NamedAgreement = { agreement?: Agreement; problem?: LocalizedText };

const encode = encodeURIComponent;

/** A file's metadata as Graph gives it for `$select=id,size,file`. */
interface DriveItem {
  id?: unknown;
  size?: unknown;
  file?: unknown;
}

async function fileInFolder(api: GraphApi, driveId: string, folderId: string | undefined, fileName: string): Promise<NamedAgreement> {
  if (!folderId) return { problem: agreementFileProblem(fileName, "missing") };
  const folder = `/drives/${encode(driveId)}/items/${encode(folderId)}`;
  let item: DriveItem;
  try {
    item = (await api.get(`${folder}:/${encode(fileName)}:?$select=id,name,size,file`)) as DriveItem;
  } catch (err) {
    // No such file is the sheet's mistake; anything else (throttling, an outage) fails the read as usual.
    if (err instanceof GraphRequestError && err.status === 404) return { problem: agreementFileProblem(fileName, "missing") };
    throw err;
  }
  if (typeof item?.id !== "string" || !item.file) return { problem: agreementFileProblem(fileName, "not-regular") };
  const maxBytes = WORKBOOK_FILE_LIMITS.maxAgreementFileBytes;
  if (typeof item.size !== "number" || item.size > maxBytes) return { problem: agreementFileProblem(fileName, "too-large") };
  const text = await api.getText(`/drives/${encode(driveId)}/items/${encode(item.id)}/content`);
  if (Buffer.byteLength(text) > maxBytes) return { problem: agreementFileProblem(fileName, "too-large") };
  return agreementFromJson(fileName, text);
}

/** What a reference names, looked up in the bundle or in the tracker's drive folder (folderId). */
export async function agreementNamedInDrive(
  api: GraphApi,
  ref: string,
  location: { driveId: string; folderId: string | undefined },
): Promise<NamedAgreement> {
  const reference = agreementReference(ref);
  switch (reference.kind) {
    case "bundled":
      return { agreement: reference.agreement };
    case "file":
      return fileInFolder(api, location.driveId, location.folderId, reference.fileName);
    case "refused":
      return { problem: reference.problem };
    case "unknown":
      return {};
  }
}
