package io.github.schedkit.it;

import static io.github.schedkit.it.CronofyMock.EXAMPLES;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.schedkit.cronofy.CronofyClient;
import io.github.schedkit.cronofy.model.Attachment;
import io.github.schedkit.cronofy.model.AttachmentInteraction;
import io.github.schedkit.cronofy.model.AttachmentInteractionType;
import io.github.schedkit.cronofy.model.AttachmentSubscription;
import io.github.schedkit.cronofy.model.AttachmentSubscriptionType;
import io.github.schedkit.cronofy.model.AttachmentUpload;
import io.github.schedkit.cronofy.model.CreateAttachmentRequest;
import io.github.schedkit.mock.PrismServer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import okhttp3.Request;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Attachments operation against Prism, authenticated with the client secret as API key. */
@UsePrism(CronofyMock.SPEC)
class CronofyAttachmentsIT {
  private static final RecordingInterceptor SENT = new RecordingInterceptor();
  private static CronofyClient cronofy;

  @BeforeAll
  static void setUp(PrismServer prism) {
    cronofy = CronofyMock.client(prism, SENT);
  }

  @Test
  void createAttachment() {
    CreateAttachmentRequest request =
        CreateAttachmentRequest.builder()
            .attachment(
                AttachmentUpload.builder()
                    .fileName("job_description.pdf")
                    .contentType("application/pdf")
                    .base64Content(
                        Base64.getEncoder().encodeToString("Never gonna give you up\n".getBytes(StandardCharsets.UTF_8)))
                    .build())
            .subscriptions(
                List.of(
                    AttachmentSubscription.builder()
                        .type(AttachmentSubscriptionType.WEBHOOK)
                        .uri("https://example.com/customer_123/webhooks")
                        .interactions(
                            List.of(
                                AttachmentInteraction.builder().type(AttachmentInteractionType.ATTACHMENT_APPROVED).build(),
                                AttachmentInteraction.builder().type(AttachmentInteractionType.ATTACHMENT_REJECTED).build()))
                        .build()))
            .build();
    assertEquals(EXAMPLES.request("createAttachment", CreateAttachmentRequest.class), request);

    Attachment attachment = cronofy.attachments().createAttachment(request).execute();

    Request sent = SENT.last();
    CronofyMock.assertPostedExample(sent, "/v1/attachments", "createAttachment");
    CronofyMock.assertApiKey(sent);

    // Unwrapped from {"attachment": {...}}.
    EXAMPLES.assertMatchesResponse("createAttachment", attachment);
    assertEquals("att_5e4d5a6668ed0f4b213e90fe", attachment.getAttachmentId());
    assertEquals("344aab9758bb0d018b93739e7893fb3a", attachment.getMd5());
  }
}
