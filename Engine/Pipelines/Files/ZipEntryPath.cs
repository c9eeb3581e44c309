using System.IO.Compression;
using Orleans.AsyncHop.Engine.Execution;

namespace Orleans.AsyncHop.Engine.Pipelines.Files;

/// <summary>
/// A file inside a zip archive named as Apache VFS does: <c>zip:&lt;archive url&gt;!&lt;entry&gt;</c>, for
/// example <c>zip:file:///tmp/a.zip!/dir/b.txt</c>.
/// </summary>
public sealed record ZipEntryPath(string Archive, string Entry)
{
    private const string Scheme = "zip:";

    /// <summary>Parses a VFS zip path; returns null for any other path.</summary>
    public static ZipEntryPath? TryParse(string path)
    {
        if (!path.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var separator = path.LastIndexOf('!');
        if (separator < 0)
        {
            return null;
        }

        var archive = Path.GetFullPath(HopPaths.ToLocalPath(path[Scheme.Length..separator]));
        var entry = path[(separator + 1)..].TrimStart('/');
        return new ZipEntryPath(archive, entry);
    }

    /// <summary>True when the archive exists and contains the entry.</summary>
    public bool Exists()
    {
        if (!File.Exists(Archive))
        {
            return false;
        }

        using var archive = ZipFile.OpenRead(Archive);
        return archive.GetEntry(Entry) is not null;
    }

    /// <summary>Opens the entry for reading; disposing the stream closes the archive too.</summary>
    public Stream Open()
    {
        var archive = ZipFile.OpenRead(Archive);
        try
        {
            var entry = archive.GetEntry(Entry)
                ?? throw new HopException($"The zip file '{Archive}' has no entry '{Entry}'.");
            return new OwningStream(entry.Open(), archive);
        }
        catch
        {
            archive.Dispose();
            throw;
        }
    }

    public override string ToString() => $"{Scheme}file://{Archive}!/{Entry}";

    /// <summary>An entry stream that also disposes its archive.</summary>
    private sealed class OwningStream(Stream inner, IDisposable owner) : Stream
    {
        public override bool CanRead => inner.CanRead;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
                owner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
