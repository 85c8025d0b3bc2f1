using System.Text.Json;
using System.Text.Json.Serialization;

namespace KratomArticle.Preview;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(LiveReloadMessage))]
internal sealed partial class LiveReloadJson : JsonSerializerContext;
