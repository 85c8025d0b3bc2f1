using KratomArticle.Content;

namespace KratomArticle.Tests.Content;

/// <summary>The size and type of an image, read from the header of each format a shared link's picture can be.</summary>
public sealed class ImageHeaderTests
{
    public static TheoryData<string, byte[], string?> Headers => new()
    {
        {
            "PNG", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x04, 0xB0, 0, 0, 0x02, 0x76, 8, 6, 0, 0, 0],
            "1200x630 image/png"
        },
        { "GIF", [0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x2C, 0x01, 0xC8, 0x00, 0, 0, 0], "300x200 image/gif" },
        {
            // SOI, an APP0 segment of 16 bytes, then SOF2 (progressive): precision 8, height 630, width 1200.
            "JPEG", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
                0xFF, 0xC2, 0x00, 0x11, 0x08, 0x02, 0x76, 0x04, 0xB0, 0x03, 0x01, 0x22, 0x00],
            "1200x630 image/jpeg"
        },
        {
            "lossy WebP", [.. "RIFF"u8, 0, 0, 0, 0, .. "WEBPVP8 "u8, 0, 0, 0, 0, 0x30, 0x01, 0x00, 0x9D, 0x01, 0x2A, 0xB0, 0x04, 0x76, 0x02, 0, 0],
            "1200x630 image/webp"
        },
        {
            // Lossless: 14 bits of width - 1 (1199) and of height - 1 (629), least significant first.
            "lossless WebP", [.. "RIFF"u8, 0, 0, 0, 0, .. "WEBPVP8L"u8, 0, 0, 0, 0, 0x2F, 0xAF, 0x44, 0x9D, 0x00, 0, 0, 0, 0, 0],
            "1200x630 image/webp"
        },
        {
            "extended WebP", [.. "RIFF"u8, 0, 0, 0, 0, .. "WEBPVP8X"u8, 10, 0, 0, 0, 0, 0, 0, 0, 0xAF, 0x04, 0x00, 0x75, 0x02, 0x00, 0, 0],
            "1200x630 image/webp"
        },
        { "SVG", [.. "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1200\" height=\"630\"/>"u8], null },
        { "a PNG cut short", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48], null },
        { "a PNG of zero width", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 0, 0, 0, 0x02, 0x76], null },
        { "a JPEG with no frame header", [0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x08, 0, 0, 0, 0, 0, 0], null },
        { "empty", [], null },
    };

    [Theory]
    [MemberData(nameof(Headers))]
    public void Each_format_gives_its_size_and_type(string format, byte[] bytes, string? expected)
    {
        var read = ReadImageHeader.Of(bytes) is { } image ? $"{image.Width}x{image.Height} {image.MediaType}" : null;
        Assert.True(expected == read, $"{format}: expected {expected}, got {read}");
    }
}
