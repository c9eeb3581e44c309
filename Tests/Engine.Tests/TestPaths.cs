namespace Orleans.AsyncHop.Engine.Tests;

/// <summary>Locates the repository, the test assets and the shared Hop corpus from a test run.</summary>
public static class TestPaths
{
    /// <summary>The repository root: the folder that contains Orleans.AsyncHop.sln.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>Apache Hop's integration-test projects, kept beside the repository in ../shared/hop-corpus.</summary>
    public static string Corpus => Environment.GetEnvironmentVariable("HOP_CORPUS")
        ?? Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "hop-corpus"));

    public static string Assets => Path.Combine(AppContext.BaseDirectory, "Assets");

    /// <summary>Copies a corpus project to a fresh temporary folder, because the tests write into their project.</summary>
    public static string CopyCorpusProject(string project)
    {
        var source = Path.Combine(Corpus, project);
        if (!Directory.Exists(source))
        {
            throw new DirectoryNotFoundException($"The Hop corpus project '{source}' is missing; set HOP_CORPUS to the hop-corpus folder.");
        }

        var target = Path.Combine(Path.GetTempPath(), "asynchop-tests", project + "-" + Guid.NewGuid().ToString("N")[..8]);
        CopyDirectory(source, target);
        CopySharedHeader(Path.Combine(Path.GetDirectoryName(target)!, "asf-header.txt"));
        return target;
    }

    /// <summary>
    /// Copies the license header the projects reference beside them. Test classes run in parallel, so the
    /// copy is made once and a concurrent copy by another test is not an error.
    /// </summary>
    private static void CopySharedHeader(string destination)
    {
        if (File.Exists(destination))
        {
            return;
        }

        try
        {
            File.Copy(Path.Combine(Corpus, "asf-header.txt"), destination, overwrite: false);
        }
        catch (IOException) when (File.Exists(destination))
        {
        }
    }

    public static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var directory in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(target, Path.GetRelativePath(source, directory)));
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            File.Copy(file, destination, overwrite: true);
            File.SetAttributes(destination, FileAttributes.Normal);
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Orleans.AsyncHop.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Orleans.AsyncHop.sln was not found above " + AppContext.BaseDirectory);
    }
}
