namespace Orleans.AsyncHop.WebFront.Endpoints;

/// <summary>
/// Reads Hop's request parameters from the query string and, for form posts, from the form, taking the
/// first value of each name as Hop's servlets do.
/// </summary>
public static class HopRequest
{
    public static async Task<Dictionary<string, string>> ReadParametersAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, values) in request.Query)
        {
            parameters.TryAdd(key, values.FirstOrDefault() ?? string.Empty);
        }

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            foreach (var (key, values) in form)
            {
                parameters.TryAdd(key, values.FirstOrDefault() ?? string.Empty);
            }
        }

        return parameters;
    }

    public static string? Get(HttpRequest request, string name) =>
        request.Query.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;
}
