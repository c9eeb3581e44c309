using System.Text.Json;
using System.Text.Json.Nodes;
using Orleans.AsyncHop.Engine.Variables;

namespace Orleans.AsyncHop.Engine.Projects;

/// <summary>
/// A Hop project folder as the projects plugin loads it: variables from <c>hop-config.json</c>, then the
/// environment's configuration files, then <c>project-config.json</c> (later wins), and metadata objects
/// from <c>metadata/&lt;type&gt;/&lt;name&gt;.json</c>.
/// </summary>
public sealed class HopProject
{
    private readonly IReadOnlyDictionary<string, string?> baseVariables;

    private HopProject(string home, string? environmentName, IReadOnlyDictionary<string, string?> baseVariables)
    {
        Home = home;
        EnvironmentName = environmentName;
        this.baseVariables = baseVariables;
        Metadata = new MetadataStore(MetadataFolder);
    }

    /// <summary>Absolute path of the project folder (PROJECT_HOME).</summary>
    public string Home { get; }

    public string? EnvironmentName { get; }

    public string MetadataFolder => baseVariables.TryGetValue(InternalVariables.MetadataFolder, out var folder) && folder is not null
        ? folder
        : Path.Combine(Home, "metadata");

    public MetadataStore Metadata { get; }

    /// <summary>
    /// Loads the project in <paramref name="home"/>. The environment is the one named, or else the only
    /// environment that hop-config.json declares for the project, or none.
    /// </summary>
    public static HopProject Load(string home, string? environmentName = null)
    {
        var fullHome = Path.GetFullPath(home).TrimEnd('/');
        if (!Directory.Exists(fullHome))
        {
            throw new HopException($"Project home '{fullHome}' does not exist.");
        }

        var space = CreateSystemVariables(fullHome);
        var hopConfig = ReadJson(Path.Combine(fullHome, "hop-config.json"));
        ApplyVariables(space, hopConfig?["variables"]);

        space.Set(InternalVariables.ProjectHome, fullHome);
        space.Set("HOP_CONFIG_FOLDER", fullHome);

        var environment = FindEnvironment(hopConfig, environmentName);
        if (environment is not null)
        {
            space.Set(InternalVariables.EnvironmentName, environment["name"]?.GetValue<string>());
            foreach (var file in environment["configurationFiles"]?.AsArray() ?? [])
            {
                var path = space.Resolve(file?.GetValue<string>());
                ApplyVariables(space, ReadJson(path)?["variables"]);
            }
        }

        var projectConfig = ReadJson(Path.Combine(fullHome, "project-config.json"));
        space.Set(InternalVariables.ProjectName, "default");
        space.Set(InternalVariables.MetadataFolder, ResolveFolder(space, projectConfig?["metadataBaseFolder"], Path.Combine(fullHome, "metadata")));
        space.Set(InternalVariables.UnitTestsFolder, ResolveFolder(space, projectConfig?["unitTestsBasePath"], fullHome));
        space.Set(InternalVariables.DataSetsFolder, ResolveFolder(space, projectConfig?["dataSetsCsvFolder"], Path.Combine(fullHome, "datasets")));
        ApplyVariables(space, projectConfig?["config"]?["variables"]);

        return new HopProject(fullHome, environment?["name"]?.GetValue<string>(), space.Snapshot());
    }

    /// <summary>Creates a fresh variable space holding the project's variables; each run gets its own.</summary>
    public VariableSpace CreateVariables()
    {
        var resolvers = new MetadataVariableResolvers(
            Metadata,
            (options, expression, variables) => Execution.PipelineVariableResolver.Resolve(this, options, expression, variables));
        var space = new VariableSpace { Resolvers = resolvers };
        space.SetAll(baseVariables);
        return space;
    }

    /// <summary>
    /// Resolves a path a request or a file names and checks that it stays inside the project home.
    /// </summary>
    public string ResolveInsideHome(string path)
    {
        var full = Path.GetFullPath(path.StartsWith("file://", StringComparison.Ordinal) ? new Uri(path).LocalPath : path, Home);
        if (!IsInside(Home, full))
        {
            throw new HopException($"The file '{path}' is outside the project home.");
        }

        // A symbolic link inside the home may point elsewhere, so the path with every link resolved must be inside too.
        if (!IsInside(RealPath(Home), RealPath(full)))
        {
            throw new HopException($"The file '{path}' is reached through a link that leads outside the project home.");
        }

        return full;
    }

    /// <summary>Returns the path with every symbolic link along it resolved, like the C library's realpath.</summary>
    private static string RealPath(string path)
    {
        var current = Path.GetPathRoot(path) ?? "/";
        foreach (var part in path[current.Length..].Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
            {
                current = target.FullName;
            }
        }

        return current;
    }

    private static bool IsInside(string folder, string path)
    {
        var relative = Path.GetRelativePath(folder, path);
        return !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }

    private static VariableSpace CreateSystemVariables(string home)
    {
        var space = new VariableSpace();
        space.Set(InternalVariables.JavaTmpDir, Path.GetTempPath().TrimEnd('/'));
        space.Set(InternalVariables.UserDir, home);
        space.Set(InternalVariables.UserHome, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));
        space.Set(InternalVariables.FileSeparator, "/");
        space.Set("line.separator", "\n");
        space.Set(InternalVariables.HopVersion, InternalVariables.HopVersionValue);
        return space;
    }

    private static JsonNode? FindEnvironment(JsonNode? hopConfig, string? environmentName)
    {
        var environments = hopConfig?["projectsConfig"]?["lifecycleEnvironments"]?.AsArray();
        if (environments is null || environments.Count == 0)
        {
            return null;
        }

        if (!string.IsNullOrEmpty(environmentName))
        {
            return environments.FirstOrDefault(e => e?["name"]?.GetValue<string>() == environmentName)
                ?? throw new HopException($"Environment '{environmentName}' is not declared in hop-config.json.");
        }

        return environments.Count == 1 ? environments[0] : null;
    }

    private static string ResolveFolder(VariableSpace space, JsonNode? configured, string fallback)
    {
        var value = configured?.GetValue<string>();
        return string.IsNullOrEmpty(value) ? fallback : space.Resolve(value);
    }

    private static void ApplyVariables(VariableSpace space, JsonNode? variables)
    {
        foreach (var variable in variables?.AsArray() ?? [])
        {
            var name = variable?["name"]?.GetValue<string>();
            if (!string.IsNullOrEmpty(name))
            {
                space.Set(name, space.Resolve(variable?["value"]?.GetValue<string>() ?? string.Empty));
            }
        }
    }

    private static JsonNode? ReadJson(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(File.ReadAllText(path));
        }
        catch (JsonException exception)
        {
            throw new HopException($"The file '{path}' is not valid JSON: {exception.Message}", exception);
        }
    }
}
