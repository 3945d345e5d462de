using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Kyzmat.Testing.Host;

/// <summary>
/// A stand-in for Telegram's Bot API (which cannot be reached from here) on a real socket, implementing the methods
/// Kyzmat uses — getMe, sendMessage, setWebhook, deleteWebhook, getUpdates — in the Bot API's JSON shapes, with
/// chats the test speaks for and chats that blocked the bot (403).
/// </summary>
public sealed class FakeTelegramBotApi : IAsyncDisposable
{
    public const string BotUserName = "KyzmatTestBot";

    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<JsonObject> _unconfirmed = [];
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationTokenSource? _pendingPoll;
    private int _conflicts;
    private readonly ConcurrentQueue<(long ChatId, string Text)> _sent = new();
    private readonly Channel<(long ChatId, string Text)> _sentFeed = Channel.CreateUnbounded<(long, string)>();
    private readonly ConcurrentDictionary<long, bool> _blocked = new();
    private int _nextUpdateId = 1;
    private int _nextMessageId = 1;

    private FakeTelegramBotApi(WebApplication app, string token)
    {
        _app = app;
        Token = token;
    }

    public string Token { get; }

    public string BaseUrl => _app.Urls.First();

    /// <summary>What the bot was told by setWebhook: the URL and the secret token.</summary>
    public (string? Url, string? Secret) Webhook { get; private set; }

    public IReadOnlyList<(long ChatId, string Text)> Sent => [.. _sent];

    /// <summary>getUpdates calls ended with 409 because another one came in (two pollers of one bot).</summary>
    public int Conflicts => Volatile.Read(ref _conflicts);

    /// <summary>The settings that point a Kyzmat host at this Bot API, in polling mode with short polls.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["Kyzmat:Telegram:BotToken"] = Token,
        ["Kyzmat:Telegram:BotUserName"] = BotUserName,
        ["Kyzmat:Telegram:ApiBaseUrl"] = BaseUrl,
        ["Kyzmat:Telegram:PollingTimeoutSeconds"] = "1",
    };

    public static async Task<FakeTelegramBotApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var api = new FakeTelegramBotApi(app, "123456:" + Guid.NewGuid().ToString("N"));
        app.MapPost("/bot{token}/{method}", (string token, string method, HttpContext http) => api.AnswerAsync(token, method, http));
        await app.StartAsync();
        return api;
    }

    /// <summary>A message typed in a chat, as the next update (for polling).</summary>
    public void Type(long chatId, string text)
    {
        lock (_gate)
        {
            _unconfirmed.Add(Update(chatId, text));
            _arrived.TrySetResult();
            _arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>An update as Telegram would post it to a webhook.</summary>
    public JsonObject Update(long chatId, string text) => new()
    {
        ["update_id"] = Interlocked.Increment(ref _nextUpdateId),
        ["message"] = new JsonObject
        {
            ["message_id"] = Interlocked.Increment(ref _nextMessageId),
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private" },
            ["from"] = new JsonObject { ["id"] = chatId, ["is_bot"] = false, ["first_name"] = "Test" },
            ["text"] = text,
        },
    };

    /// <summary>From now on, messages to this chat answer 403 (the user blocked the bot).</summary>
    public void Block(long chatId) => _blocked[chatId] = true;

    /// <summary>Waits for the next message the bot sends to <paramref name="chatId"/>.</summary>
    public async Task<string> NextMessageToAsync(long chatId, TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var (to, text) = await _sentFeed.Reader.ReadAsync(cancel.Token);
            if (to == chatId)
            {
                return text;
            }
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task<IResult> AnswerAsync(string token, string method, HttpContext http)
    {
        if (token != Token)
        {
            return Error(401, "Unauthorized");
        }

        var body = await JsonNode.ParseAsync(http.Request.Body) as JsonObject ?? [];
        switch (method)
        {
            case "getMe":
                return Ok(new JsonObject { ["id"] = 123456, ["is_bot"] = true, ["first_name"] = "Kyzmat", ["username"] = BotUserName });
            case "setWebhook":
                Webhook = ((string?)body["url"], (string?)body["secret_token"]);
                return Ok(true);
            case "deleteWebhook":
                Webhook = (null, null);
                return Ok(true);
            case "sendMessage":
                var chatId = (long)body["chat_id"]!;
                if (_blocked.ContainsKey(chatId))
                {
                    return Error(403, "Forbidden: bot was blocked by the user");
                }

                var text = (string)body["text"]!;
                _sent.Enqueue((chatId, text));
                _sentFeed.Writer.TryWrite((chatId, text));
                return Ok(new JsonObject
                {
                    ["message_id"] = Interlocked.Increment(ref _nextMessageId),
                    ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                    ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private" },
                    ["text"] = text,
                });
            case "getUpdates":
                var updates = await NextUpdatesAsync((int?)body["offset"] ?? 0, (int?)body["timeout"] ?? 0, http.RequestAborted);
                return updates is null
                    ? Error(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running")
                    : Ok(updates);
            default:
                return Error(404, "Not Found: method not found");
        }
    }

    /// <summary>
    /// As Telegram: updates stay until a later call's offset confirms them; a call waits up to its timeout (here at
    /// most 2 s) for one; a new call ends the one still waiting with 409 (null here).
    /// </summary>
    private async Task<JsonArray?> NextUpdatesAsync(int offset, int timeoutSeconds, CancellationToken cancellationToken)
    {
        using var mine = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        lock (_gate)
        {
            _unconfirmed.RemoveAll(u => (int)u["update_id"]! < offset);
            _pendingPoll?.Cancel();
            _pendingPoll = mine;
        }

        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(Math.Clamp(timeoutSeconds, 0, 2));
        try
        {
            while (true)
            {
                Task arrived;
                lock (_gate)
                {
                    var ready = _unconfirmed.Where(u => (int)u["update_id"]! >= offset).Select(u => u.DeepClone()).ToArray();
                    if (ready.Length > 0 || DateTimeOffset.UtcNow >= deadline)
                    {
                        return new JsonArray(ready);
                    }

                    arrived = _arrived.Task;
                }

                var remaining = deadline - DateTimeOffset.UtcNow;
                try
                {
                    await arrived.WaitAsync(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, mine.Token);
                }
                catch (TimeoutException)
                {
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Interlocked.Increment(ref _conflicts);
            return null;
        }
        finally
        {
            lock (_gate)
            {
                if (_pendingPoll == mine)
                {
                    _pendingPoll = null;
                }
            }
        }
    }

    private static IResult Ok(JsonNode result) => Results.Json(new JsonObject { ["ok"] = true, ["result"] = result });

    private static IResult Error(int code, string description) =>
        Results.Json(new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description }, statusCode: code);
}
