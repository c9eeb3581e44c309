using Microsoft.Extensions.Options;
using Orleans.AsyncHop.Engine.Projects;

namespace Orleans.AsyncHop.Grains;

/// <summary>
/// Loads the served Hop project. It is read again for each run, so edits to metadata or variables take
/// effect without a restart.
/// </summary>
public sealed class HopProjectProvider(IOptions<HopOptions> options)
{
    /// <summary>Absolute path of the project home.</summary>
    public string Home => ResolveHome(options.Value.ProjectHome);

    public HopProject Load() => HopProject.Load(Home, string.IsNullOrWhiteSpace(options.Value.Environment) ? null : options.Value.Environment);

    /// <summary>
    /// Resolves a relative project home against the working directory, and else against the folders above the
    /// program, so that the bundled sample is found both from the repository root and from a build folder.
    /// </summary>
    public static string ResolveHome(string configured)
    {
        if (Path.IsPathRooted(configured))
        {
            return Path.GetFullPath(configured);
        }

        var fromWorkingDirectory = Path.GetFullPath(configured);
        if (Directory.Exists(fromWorkingDirectory))
        {
            return fromWorkingDirectory;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, configured);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return fromWorkingDirectory;
    }
}
