using System.Diagnostics;
using System.Text;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>
/// Builds the process that runs a shell script. A "#!" line names the interpreter (with at most one
/// argument, as the kernel reads it), an executable binary runs directly, and any other file runs with
/// /bin/sh, which is what exec does for a script without "#!". The interpreter gets the script as an
/// argument instead of the script being executed, because executing a file that was just written can
/// fail with "text file busy" while other threads start processes. Windows runs scripts with cmd.exe /C.
/// </summary>
internal static class ShellCommand
{
    public static ProcessStartInfo For(string script)
    {
        if (OperatingSystem.IsWindows())
        {
            return Start("cmd.exe", "/C", script);
        }

        var head = ReadHead(script);
        if (head.Length >= 4 && head[0] == 0x7F && head[1] == (byte)'E' && head[2] == (byte)'L' && head[3] == (byte)'F')
        {
            return Start(script);
        }

        var text = Encoding.UTF8.GetString(head);
        if (!text.StartsWith("#!", StringComparison.Ordinal))
        {
            return Start("/bin/sh", script);
        }

        var line = text[2..].Split('\n')[0].Trim();
        var split = line.IndexOfAny([' ', '\t']);
        return split < 0
            ? Start(line, script)
            : Start(line[..split], line[(split + 1)..].Trim(), script);
    }

    private static ProcessStartInfo Start(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    private static byte[] ReadHead(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[256];
        var read = stream.Read(buffer, 0, buffer.Length);
        return buffer[..read];
    }
}
