using System.IO.Compression;
using System.Text;

namespace Orleans.AsyncHop.Engine.Pipelines.Files;

/// <summary>Opens a text file for reading with the encoding and compression a file input transform names.</summary>
public static class TextFileOpener
{
    /// <summary>
    /// Opens the file, or the archive entry a VFS <c>zip:</c> path names; an empty encoding means UTF-8. A
    /// byte order mark is always skipped. "GZip" reads a gzip file and "Zip" the first entry of a zip archive.
    /// </summary>
    public static StreamReader Open(string path, string encodingName, string compression)
    {
        var encoding = ResolveEncoding(encodingName);
        Stream stream = ZipEntryPath.TryParse(path) is { } zipEntry ? zipEntry.Open() : File.OpenRead(path);
        try
        {
            if (compression.Equals("GZip", StringComparison.OrdinalIgnoreCase))
            {
                stream = new GZipStream(stream, CompressionMode.Decompress);
            }
            else if (compression.Equals("Zip", StringComparison.OrdinalIgnoreCase))
            {
                var archive = new ZipArchive(stream, ZipArchiveMode.Read);
                var entry = archive.Entries.FirstOrDefault(e => e.Length > 0 || e.Name.Length > 0)
                    ?? throw new HopException($"The zip file '{path}' contains no entry to read.");
                stream = entry.Open();
            }

            return new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    public static Encoding ResolveEncoding(string encodingName)
    {
        if (string.IsNullOrWhiteSpace(encodingName))
        {
            return new UTF8Encoding(false);
        }

        try
        {
            return Encoding.GetEncoding(encodingName.Trim());
        }
        catch (ArgumentException exception)
        {
            throw new HopException($"The encoding '{encodingName}' is not supported.", exception);
        }
    }
}
