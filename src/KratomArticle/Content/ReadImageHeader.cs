using System.Buffers.Binary;

namespace KratomArticle.Content;

/// <summary>
/// Reads the size of a PNG, JPEG, GIF or WebP image from the first bytes of its file, the formats Open Graph readers
/// accept for a shared link's picture. Nothing is decoded: the size is in each format's header.
/// </summary>
internal static class ReadImageHeader
{
    /// <summary>The image's size and type, or <see langword="null"/> when the bytes are none of the four formats or are cut short.</summary>
    public static ImageInfo? Of(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, ..] => Png(bytes),
        [(byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'7' or (byte)'9', (byte)'a', ..] when bytes.Length >= 10 =>
            Sized(BinaryPrimitives.ReadUInt16LittleEndian(bytes[6..]), BinaryPrimitives.ReadUInt16LittleEndian(bytes[8..]), "image/gif"),
        [0xFF, 0xD8, ..] => Jpeg(bytes),
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => WebP(bytes),
        _ => null,
    };

    private static ImageInfo? Png(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 24 && bytes[12..16].SequenceEqual("IHDR"u8)
            ? Sized(BinaryPrimitives.ReadUInt32BigEndian(bytes[16..]), BinaryPrimitives.ReadUInt32BigEndian(bytes[20..]), "image/png")
            : null;

    /// <summary>Walks the JPEG's segments to its frame header (SOF0–SOF15, except DHT, JPG and DAC, which share the range).</summary>
    private static ImageInfo? Jpeg(ReadOnlySpan<byte> bytes)
    {
        var position = 2;
        while (position + 4 <= bytes.Length)
        {
            if (bytes[position] != 0xFF)
            {
                return null;
            }

            var marker = bytes[position + 1];
            if (marker == 0xFF)
            {
                position++;
                continue;
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                position += 2;
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes[(position + 2)..]);
            if (marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC))
            {
                return position + 9 <= bytes.Length
                    ? Sized(BinaryPrimitives.ReadUInt16BigEndian(bytes[(position + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(bytes[(position + 5)..]), "image/jpeg")
                    : null;
            }

            if (marker == 0xDA || length < 2)
            {
                return null;
            }

            position += 2 + length;
        }

        return null;
    }

    /// <summary>The three kinds of WebP: lossy (<c>VP8 </c>), lossless (<c>VP8L</c>) and extended (<c>VP8X</c>, which gives the canvas size).</summary>
    private static ImageInfo? WebP(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 30)
        {
            return null;
        }

        var chunk = bytes[12..16];
        if (chunk.SequenceEqual("VP8 "u8) && bytes[23..26].SequenceEqual((ReadOnlySpan<byte>)[0x9D, 0x01, 0x2A]))
        {
            return Sized(BinaryPrimitives.ReadUInt16LittleEndian(bytes[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(bytes[28..]) & 0x3FFF, "image/webp");
        }

        if (chunk.SequenceEqual("VP8L"u8) && bytes[20] == 0x2F)
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(bytes[21..]);
            return Sized((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1, "image/webp");
        }

        if (chunk.SequenceEqual("VP8X"u8))
        {
            return Sized(ReadUInt24(bytes[24..]) + 1, ReadUInt24(bytes[27..]) + 1, "image/webp");
        }

        return null;
    }

    private static int ReadUInt24(ReadOnlySpan<byte> bytes) => bytes[0] | (bytes[1] << 8) | (bytes[2] << 16);

    private static ImageInfo? Sized(long width, long height, string mediaType) =>
        width is > 0 and <= int.MaxValue && height is > 0 and <= int.MaxValue ? new ImageInfo((int)width, (int)height, mediaType) : null;
}
