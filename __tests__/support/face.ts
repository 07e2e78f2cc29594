/**
 * A camera frame as the H5 capture sends it: a JPEG of the given size (the mock reads its frame
 * header), padded past the size of the smallest real frame with a comment segment.
 */
export function cameraFrameBase64(width = 640, height = 480): string {
  const comment = Buffer.alloc(4000, 0x20);
  const bytes = Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    Buffer.from([
      0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00,
      0x00,
    ]),
    Buffer.from([0xff, 0xfe, (comment.length + 2) >> 8, (comment.length + 2) & 0xff]),
    comment,
    Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03]),
    Buffer.from([0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01]),
    Buffer.from([0xff, 0xd9]),
  ]);
  return bytes.toString('base64');
}

/** The H5 camera's proof that this person's face was captured. */
export function cameraProof(
  name: string,
  idNumber: string,
): { method: 'camera'; name: string; idNumber: string; imageBase64: string } {
  return { method: 'camera', name, idNumber, imageBase64: cameraFrameBase64() };
}
